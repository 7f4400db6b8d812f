package httpserver

import (
	"io"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// Server is one server a script started, with serve() or a Node server's listen: its
// place on a listener, the admission of its requests, and its shutdown.
//
// Admission (load shedding) happens on the net/http goroutines, before the loop sees
// a request: with maxInFlight set, at most that many requests are handled on the loop
// at once (from the moment they are handed to it until their response is complete),
// at most maxQueue more wait for a turn, and any other is answered 503 Service
// Unavailable with Retry-After at once. A shed request costs the loop nothing.
type Server struct {
	m          *Module
	node       bool          // a Node http.Server (else a serve() server)
	dispatch   goja.Callable // the JS function each request goes to (loop side)
	onFinished goja.Callable // called on the loop when the server has shut down
	l          *listener
	ref        *eventloop.Ref
	requests   *eventloop.Source // submits each request's task: traced as queued by serve() or listen()
	retryAfter string

	slots    chan struct{} // one token per request in flight; nil: no limit
	maxQueue int64
	waiting  atomic.Int64 // requests waiting for a slot
	load     atomic.Int64 // requests admitted and not finished, waiting ones included
	shed     atomic.Int64 // requests answered 503 by admission
	closing  atomic.Bool

	mu       sync.Mutex
	down     chan struct{} // closed when the server has shut down; nil until shutdown begins
	killed   chan struct{} // closed by a hard stop: waiting requests give up
	idle     chan struct{} // closed when closing and load is 0
	idleOnce sync.Once
}

func newServer(m *Module, l *listener, node bool, maxInFlight, maxQueue int, retryAfter string) *Server {
	s := &Server{m: m, l: l, node: node, retryAfter: retryAfter, killed: make(chan struct{}), idle: make(chan struct{})}
	if node {
		s.requests = m.loop.NewSource("request") // Node's 'request' event
	} else {
		s.requests = m.loop.NewSource("serve")
	}
	if maxInFlight > 0 {
		s.slots = make(chan struct{}, maxInFlight)
		s.maxQueue = int64(maxQueue)
	}
	return s
}

type admission uint8

const (
	admitted admission = iota
	admitShed
	admitGone
	admitKilled
)

// admit takes a slot for a request, waiting in the queue if there is room there.
func (s *Server) admit(r *http.Request) admission {
	s.load.Add(1)
	if s.slots == nil {
		return admitted
	}
	select {
	case s.slots <- struct{}{}:
		return admitted
	default:
	}
	if s.waiting.Add(1) > s.maxQueue {
		s.waiting.Add(-1)
		s.unload()
		s.shed.Add(1)
		return admitShed
	}
	defer s.waiting.Add(-1)
	select {
	case s.slots <- struct{}{}:
		return admitted
	case <-r.Context().Done():
		s.unload()
		return admitGone
	case <-s.killed:
		s.unload()
		return admitKilled
	}
}

// release gives back the slot of an admitted request whose response is complete (or
// that failed). Safe for concurrent use.
func (s *Server) release() {
	if s.slots != nil {
		<-s.slots
	}
	s.unload()
}

func (s *Server) unload() {
	if s.load.Add(-1) == 0 && s.closing.Load() {
		s.idleOnce.Do(func() { close(s.idle) })
	}
}

// serveHTTP serves one request the listener chose this server for, on its net/http
// goroutine: admission, the body when it is small, the hand-over to the loop, and the
// response.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	switch s.admit(r) {
	case admitShed:
		unavailable(w, s.retryAfter, false)
		return
	case admitGone:
		return
	case admitKilled:
		unavailable(w, s.retryAfter, true)
		return
	}
	ex := newExchange(s, w, r)
	if s.node || r.Method != http.MethodGet && r.Method != http.MethodHead {
		switch n := r.ContentLength; {
		case n > 0 && n <= prefetchMax:
			ex.body = make([]byte, n)
			if _, err := io.ReadFull(r.Body, ex.body); err != nil {
				s.release()
				return
			}
		case n != 0:
			ex.streamed = true
			_ = http.NewResponseController(w).EnableFullDuplex()
		}
	}
	if err := s.requests.Submit(ex.start); err != nil {
		s.release()
		unavailable(w, s.retryAfter, true)
		return
	}
	ex.serve()
}

// beginShutdown stops the server: it leaves its listener (which closes when it was the
// last server on it), and once the requests in flight are answered — at once when hard
// — the script's finished callback runs. Repeated calls do nothing more (a hard one
// still cuts a graceful one short). Safe for concurrent use.
func (s *Server) beginShutdown(hard bool) {
	s.mu.Lock()
	if s.down != nil {
		s.mu.Unlock()
		if hard {
			s.kill()
			s.l.close()
		}
		return
	}
	s.down = make(chan struct{})
	s.mu.Unlock()
	s.closing.Store(true)
	if s.load.Load() == 0 {
		s.idleOnce.Do(func() { close(s.idle) })
	}
	if hard {
		s.kill()
	}
	complete := s.m.loop.Hold()
	s.ref.Unref()
	_, stopped := s.l.leave(s, hard)
	go func() {
		if stopped != nil {
			<-stopped
		}
		select {
		case <-s.idle:
		case <-s.killed:
		}
		close(s.down)
		s.m.forget(s)
		_ = complete(func(*goja.Runtime) error {
			if s.onFinished == nil {
				return nil
			}
			_, err := s.onFinished(goja.Undefined())
			return err
		})
	}()
}

func (s *Server) kill() {
	s.mu.Lock()
	select {
	case <-s.killed:
	default:
		close(s.killed)
	}
	s.mu.Unlock()
}
