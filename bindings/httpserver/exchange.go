package httpserver

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/fetch"
	"github.com/jsloop/jsloop/eventloop"
)

// prefetchMax is the largest request body read before the request goes to the loop:
// one that small arrives with its request, and text() or json() need no round trip.
const prefetchMax = 64 << 10

// chunkSize is the most one read of a streamed request body gives.
const chunkSize = 64 << 10

// Errors a request can end with. A script sees them as the Go cause of its JS error
// (a request body read that failed, info.completed rejecting), so an embedder can test
// them with errors.Is on an eventloop.JSError.
var (
	// ErrClientGone: the client closed the connection before the response was sent.
	ErrClientGone = errors.New("httpserver: the client went away")
	// ErrLoopGone: the loop ended while the request was being handled.
	ErrLoopGone = errors.New("httpserver: the loop has ended")
	// ErrAborted: the script aborted a streamed response half-way (its stream failed).
	ErrAborted = errors.New("httpserver: the response was aborted")
)

// An exchange is one request and its response. The net/http goroutine that received
// the request keeps serving it (serve): it writes what the loop hands it as ops, and
// reads the request body when the loop asks, so no other goroutine is needed. The loop
// goroutine runs the handler and pushes ops.
//
// Ownership: ops, left and onLeave are guarded by mu. The goroutine touches the
// ResponseWriter only while doing an op; the loop writes the response header into
// w.Header() under mu before it pushes the first response op, and never after the
// goroutine has left (net/http owns w then).
type exchange struct {
	s    *Server
	w    http.ResponseWriter
	r    *http.Request
	body []byte // the whole request body, when prefetched
	// streamed is set when the body is read through ops (large or chunked).
	streamed bool

	mu      sync.Mutex
	ops     []op
	first   op // the first op, kept out of ops (the usual single reply allocates nothing)
	nfirst  bool
	left    bool          // the goroutine has returned
	outcome error         // why it left: nil when the response was sent
	onLeave []func(error) // told (on the goroutine) when it leaves: info.completed
	wake    chan struct{}

	// loop side
	handle     goja.Value  // the exchange as a JS value
	info       handlerInfo // a serve() handler's info, which is the handle
	replied    bool        // a response head was pushed
	jsDone     bool        // the JS side is finished with the response (slot released)
	gone       bool        // the loop learnt that the client went away
	onGone     goja.Callable
	headerSent bool

	// goroutine side
	wroteHeader bool
}

type opKind uint8

const (
	opReply   opKind = iota // status + whole body: the response is complete
	opHead                  // status only: a streamed body follows
	opWrite                 // a chunk of a streamed body
	opEnd                   // the end of a streamed body
	opAbort                 // abort the connection (a streamed body failed)
	opRead                  // read a chunk of the request body
	opReadAll               // read the rest of the request body
	opCancel                // the script does not want the request body any more
)

type op struct {
	kind     opKind
	status   int
	text     string // the body as a string, for opReply/opWrite
	data     []byte // or as bytes
	complete eventloop.Completion
	// results, for reads and writes, set by the goroutine
	result  []byte
	eof     bool
	err     error
	resolve func(any) error
	reject  func(any) error
	textAll bool // opReadAll: decode as text
}

func newExchange(s *Server, w http.ResponseWriter, r *http.Request) *exchange {
	return &exchange{s: s, w: w, r: r, wake: make(chan struct{}, 1)}
}

// exchangeOf returns the exchange a JS handle stands for (a serve() handler's info or,
// for a Node server, the exchange itself), or nil.
func exchangeOf(v goja.Value) *exchange {
	if v == nil {
		return nil
	}
	switch h := v.Export().(type) {
	case *handlerInfo:
		return h.ex
	case *exchange:
		return h
	}
	return nil
}

// A responseHead is what fills the response header: a flat [name, value, ...] array
// from the script and the body's length (-1: not known).
type responseHead struct {
	flat   goja.Value
	length int
}

// push hands op to the goroutine; head, if not nil, fills the response header first.
// It reports false when the goroutine has left (the op is not done).
func (ex *exchange) push(o op, head *responseHead) bool {
	ex.mu.Lock()
	if ex.left {
		ex.mu.Unlock()
		return false
	}
	if head != nil {
		ex.s.m.fillHeader(ex.w.Header(), head.flat, head.length)
	}
	if !ex.nfirst && len(ex.ops) == 0 {
		ex.first, ex.nfirst = o, true
	} else {
		ex.ops = append(ex.ops, o)
	}
	ex.mu.Unlock()
	select {
	case ex.wake <- struct{}{}:
	default:
	}
	return true
}

// take returns the ops pushed so far, in order.
func (ex *exchange) take(buf []op) []op {
	ex.mu.Lock()
	buf = ex.takeLocked(buf)
	ex.mu.Unlock()
	return buf
}

func (ex *exchange) takeLocked(buf []op) []op {
	if ex.nfirst {
		buf = append(buf, ex.first)
		ex.first, ex.nfirst = op{}, false
	}
	buf = append(buf, ex.ops...)
	clear(ex.ops)
	ex.ops = ex.ops[:0]
	return buf
}

// serve is the goroutine's side: it does the ops the loop pushes until the response is
// complete, the client goes away or the loop ends.
func (ex *exchange) serve() {
	ctxDone := ex.r.Context().Done()
	loopDone := ex.s.m.loop.Context().Done()
	var small [2]op // room for the usual single reply, without allocating
	buf := small[:0]
	for {
		select {
		case <-ex.wake:
		case <-ctxDone:
			ex.leave(ErrClientGone)
			return
		case <-loopDone:
			if !ex.wroteHeader {
				ex.leave(ErrLoopGone)
				unavailable(ex.w, ex.s.retryAfter, true)
				return
			}
			ex.leave(ErrLoopGone)
			panic(http.ErrAbortHandler) // a streamed body cut short must not look complete
		}
		buf = ex.take(buf[:0])
		for i := range buf {
			done, err := ex.do(&buf[i])
			if err != nil || done {
				// The loop pushes no response op after a reply, an end or an abort, but
				// a Node handler may read its request after res.end(): reads taken with
				// the last op are done while the request is still ours, and any later
				// op fails once the goroutine has left.
				ex.finishLateOps(buf[i+1:])
				ex.leave(err)
				if errors.Is(err, ErrAborted) {
					panic(http.ErrAbortHandler)
				}
				return
			}
		}
		clear(buf)
	}
}

// finishLateOps settles the ops taken after the one that ended the response: body
// reads are done, anything else fails, so that no op's completion is lost.
func (ex *exchange) finishLateOps(ops []op) {
	flushed := false
	for i := range ops {
		o := &ops[i]
		switch o.kind {
		case opRead, opReadAll, opCancel:
			if !flushed {
				// The client may wait for the response before it sends the rest.
				_ = http.NewResponseController(ex.w).Flush()
				flushed = true
			}
			_, _ = ex.do(o)
		default:
			if o.complete != nil {
				o.err = ErrClientGone
				ex.finishOp(o)
			}
		}
	}
}

// do does one op; done reports that the exchange is over, err that it failed.
func (ex *exchange) do(o *op) (done bool, err error) {
	w := ex.w
	switch o.kind {
	case opReply:
		ex.writeHeader(o.status)
		if o.text != "" {
			_, err = io.WriteString(w, o.text)
		} else if len(o.data) > 0 {
			_, err = w.Write(o.data)
		}
		if err != nil {
			return true, ErrClientGone
		}
		return true, nil
	case opHead:
		ex.writeHeader(o.status)
		if err := http.NewResponseController(w).Flush(); err != nil {
			return true, ErrClientGone
		}
		return false, nil
	case opWrite:
		if o.text != "" {
			_, err = io.WriteString(w, o.text)
		} else {
			_, err = w.Write(o.data)
		}
		if err == nil {
			err = http.NewResponseController(w).Flush()
		}
		if err != nil {
			o.err = ErrClientGone
			ex.finishOp(o)
			return true, ErrClientGone
		}
		ex.finishOp(o)
		return false, nil
	case opEnd:
		ex.finishOp(o)
		return true, nil
	case opAbort:
		return true, ErrAborted
	case opRead:
		o.result, o.eof, o.err = readChunk(ex.r.Body)
		ex.finishOp(o)
		return false, nil
	case opReadAll:
		var b bytes.Buffer
		_, o.err = b.ReadFrom(ex.r.Body)
		o.result, o.eof = b.Bytes(), true
		ex.finishOp(o)
		return false, nil
	case opCancel:
		_ = ex.r.Body.Close()
		return false, nil
	}
	return false, nil
}

// writeHeader sends the status line and the header the loop filled in.
func (ex *exchange) writeHeader(status int) {
	if status < 100 || status > 999 {
		status = http.StatusInternalServerError
	}
	h := ex.w.Header()
	if _, ok := h["Content-Type"]; !ok {
		h["Content-Type"] = nil // no sniffing: a response without one goes without
	}
	ex.wroteHeader = true
	ex.w.WriteHeader(status)
}

// finishOp posts the result of an op that the loop waits for.
func (ex *exchange) finishOp(o *op) {
	if o.complete == nil {
		return
	}
	oo := *o
	_ = o.complete(func(rt *goja.Runtime) error {
		ex.settle(rt, &oo)
		return nil
	})
	o.complete = nil
}

// settle resolves or rejects the promise of a finished op, on the loop.
func (ex *exchange) settle(rt *goja.Runtime, o *op) {
	if o.err != nil && !errors.Is(o.err, io.EOF) {
		_ = o.reject(ex.s.m.bodyError(o.err))
		return
	}
	switch o.kind {
	case opRead:
		if len(o.result) == 0 && o.eof {
			_ = o.resolve(goja.Null())
			return
		}
		_ = o.resolve(rt.NewArrayBuffer(o.result))
	case opReadAll:
		if o.textAll {
			_ = o.resolve(rt.ToValue(fetch.DecodeUTF8(o.result)))
			return
		}
		_ = o.resolve(rt.NewArrayBuffer(o.result))
	default:
		_ = o.resolve(goja.Undefined())
	}
}

// leave marks the goroutine gone: ops not done yet fail, and the loop learns why.
func (ex *exchange) leave(cause error) {
	ex.mu.Lock()
	ex.left = true
	ex.outcome = cause
	pending := ex.takeLocked(nil)
	notify := ex.onLeave
	ex.onLeave = nil
	ex.mu.Unlock()
	for i := range pending {
		if pending[i].complete != nil {
			pending[i].err = cause
			if cause == nil {
				pending[i].err = ErrClientGone
			}
			ex.finishOp(&pending[i])
		}
	}
	for _, fn := range notify {
		fn(cause)
	}
	if errors.Is(cause, ErrClientGone) {
		// Tell the script (request.signal, 'close' events); a loop that has ended
		// need not hear it.
		_ = ex.s.m.loop.Submit(func(*goja.Runtime) error { return ex.clientGone() })
	}
}

// clientGone runs on the loop when the client went away before the response was sent.
func (ex *exchange) clientGone() error {
	if ex.gone {
		return nil
	}
	ex.gone = true
	// The slot is free now: a handler that never answers, or a stream that never ends,
	// must not hold it (nor a graceful shutdown) forever for a client that left.
	ex.finishJS()
	if ex.onGone != nil {
		fn := ex.onGone
		ex.onGone = nil
		_, err := fn(goja.Undefined())
		return err
	}
	return nil
}

// readChunk reads at most chunkSize bytes of a body.
func readChunk(r io.Reader) ([]byte, bool, error) {
	buf := make([]byte, chunkSize)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			return buf[:n:n], true, nil
		}
		if n > 0 || err != nil {
			return buf[:n:n], false, err
		}
	}
}

// remoteAddr splits the client's address into host and port.
func (ex *exchange) remoteAddr() (string, int) {
	host, port := splitHostPort(ex.r.RemoteAddr)
	return host, port
}

func splitHostPort(hp string) (string, int) {
	i := len(hp) - 1
	for i >= 0 && hp[i] != ':' {
		i--
	}
	if i < 0 {
		return hp, 0
	}
	port, _ := strconv.Atoi(hp[i+1:])
	host := hp[:i]
	if len(host) > 1 && host[0] == '[' && host[len(host)-1] == ']' {
		host = host[1 : len(host)-1]
	}
	return host, port
}
