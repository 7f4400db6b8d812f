package httpserver

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Server timeouts and limits, Node's defaults where Node has one.
const (
	readHeaderTimeout = 60 * time.Second // Node's server.headersTimeout
	idleTimeout       = 5 * time.Second  // Node's server.keepAliveTimeout
	maxHeaderBytes    = 16 << 10         // Node's --max-http-header-size

	// A graceful shutdown closes a connection that has sent nothing for this long
	// (net/http's Shutdown would wait five seconds for it: a client such as fetch
	// may open a spare connection and never use it).
	unusedConnGrace = 250 * time.Millisecond
)

// Group lets the loops of one process share listeners, as the workers of Node's cluster
// module share a port: the k-th server a loop starts on a given hostname:port (or the
// k-th with port 0) joins the listener the k-th server of every other loop in the group
// started, and each request goes to the loop with the fewest requests in flight. A
// listener closes when its last server has shut down. Loops without a group (the
// default) each get listeners of their own. Safe for concurrent use.
type Group struct {
	mu        sync.Mutex
	listeners map[string]*listener // by address and rank, "host:port#k"
}

// NewGroup returns an empty group, for Options.Group of every loop that is to share.
func NewGroup() *Group { return &Group{listeners: make(map[string]*listener)} }

// listener is one net.Listener with its http.Server, serving for one or more servers
// (one per loop of a group).
type listener struct {
	group *Group // nil when not shared
	key   string
	ln    net.Listener
	srv   *http.Server
	addr  *net.TCPAddr

	mu      sync.Mutex
	members atomic.Pointer[[]*Server] // copy on write; read without the lock per request
	closing bool
	served  chan struct{} // closed when Serve has returned

	unusedMu sync.Mutex
	unused   map[net.Conn]time.Time // connections that have sent nothing yet, since when
}

// errorLog discards net/http's own logging (TLS handshake and superfluous-WriteHeader
// messages are not the script's business).
var errorLog = log.New(io.Discard, "", 0)

// openListener listens on hostname:port, or joins the group's listener of that rank.
func openListener(g *Group, hostname string, port int, rank int) (*listener, error) {
	addr := net.JoinHostPort(hostname, strconv.Itoa(port))
	if g == nil {
		return newListener(nil, "", addr)
	}
	key := addr + "#" + strconv.Itoa(rank)
	g.mu.Lock()
	defer g.mu.Unlock()
	if l, ok := g.listeners[key]; ok {
		l.mu.Lock()
		closing := l.closing
		l.mu.Unlock()
		if !closing {
			return l, nil
		}
	}
	l, err := newListener(g, key, addr)
	if err != nil {
		return nil, err
	}
	g.listeners[key] = l
	return l, nil
}

func newListener(g *Group, key, addr string) (*listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	l := &listener{group: g, key: key, ln: ln, served: make(chan struct{}), unused: make(map[net.Conn]time.Time)}
	l.addr, _ = ln.Addr().(*net.TCPAddr)
	empty := []*Server{}
	l.members.Store(&empty)
	l.srv = &http.Server{
		Handler:           l,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          errorLog,
		ConnState:         l.connState,
	}
	go func() {
		defer close(l.served)
		_ = l.srv.Serve(ln)
	}()
	return l, nil
}

// join adds s to the servers the listener dispatches to.
func (l *listener) join(s *Server) {
	l.mu.Lock()
	old := *l.members.Load()
	next := make([]*Server, len(old), len(old)+1)
	copy(next, old)
	next = append(next, s)
	l.members.Store(&next)
	l.mu.Unlock()
}

// leave removes s. When s was the last server, the listener shuts down (gracefully:
// requests in flight are answered first, unless hard) and leave reports true; done is
// closed when the listener has stopped.
func (l *listener) leave(s *Server, hard bool) (last bool, done <-chan struct{}) {
	l.mu.Lock()
	old := *l.members.Load()
	next := make([]*Server, 0, len(old))
	for _, m := range old {
		if m != s {
			next = append(next, m)
		}
	}
	last = len(next) == 0 && !l.closing
	if last {
		l.closing = true
	}
	if !last {
		l.members.Store(&next)
	}
	l.mu.Unlock()
	if !last {
		return false, nil
	}
	if l.group != nil {
		l.group.mu.Lock()
		if l.group.listeners[l.key] == l {
			delete(l.group.listeners, l.key)
		}
		l.group.mu.Unlock()
	}
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		if hard {
			_ = l.srv.Close()
		} else {
			// The server stays a member while the listener drains, so that requests
			// already on their way are still answered.
			drained := make(chan struct{})
			go l.closeUnusedUntil(drained)
			_ = l.srv.Shutdown(context.Background())
			close(drained)
		}
		<-l.served
		empty := []*Server{}
		l.members.Store(&empty)
	}()
	return true, stopped
}

// connState keeps the set of connections that have not sent a request yet.
func (l *listener) connState(c net.Conn, state http.ConnState) {
	l.unusedMu.Lock()
	if state == http.StateNew {
		l.unused[c] = time.Now()
	} else {
		delete(l.unused, c)
	}
	l.unusedMu.Unlock()
}

// closeUnusedUntil closes, until done, the connections that have sent nothing for
// unusedConnGrace, so that a graceful shutdown does not wait seconds for them; one
// that sends its first request within the grace is served as usual.
func (l *listener) closeUnusedUntil(done <-chan struct{}) {
	tick := time.NewTicker(unusedConnGrace / 2)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case now := <-tick.C:
			l.unusedMu.Lock()
			for c, since := range l.unused {
				if now.Sub(since) >= unusedConnGrace {
					_ = c.Close()
					delete(l.unused, c)
				}
			}
			l.unusedMu.Unlock()
		}
	}
}

// close stops the listener at once (the loop has ended).
func (l *listener) close() { _ = l.srv.Close() }

// ServeHTTP hands the request to the server with the fewest requests in flight.
func (l *listener) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	members := *l.members.Load()
	var best *Server
	var bestLoad int64
	for _, s := range members {
		if s.closing.Load() {
			continue
		}
		if n := s.load.Load(); best == nil || n < bestLoad {
			best, bestLoad = s, n
		}
	}
	if best == nil && len(members) > 0 {
		best = members[0] // all are draining: the first answers (it still may)
	}
	if best == nil {
		unavailable(w, "1", true)
		return
	}
	best.serveHTTP(w, r)
}

// unavailable answers 503 Service Unavailable with Retry-After, without the loop.
func unavailable(w http.ResponseWriter, retryAfter string, closeConn bool) {
	h := w.Header()
	h["Retry-After"] = []string{retryAfter}
	h["Content-Type"] = []string{"text/plain;charset=UTF-8"}
	h["Content-Length"] = []string{"19"}
	if closeConn {
		h["Connection"] = []string{"close"}
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = io.WriteString(w, "Service Unavailable")
}
