package eventloop

import (
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// Ref keeps the loop alive while it is held: Go work in flight, an open server, any
// handle the loop must wait for. Ref and Unref are idempotent, so unref'ing twice
// cannot end the loop early. Safe for concurrent use.
type Ref struct {
	loop  *Loop
	site  string // file:line of the code that took it, for Shutdown's report
	label string // what it is for, when the taker said (HoldFor)
	mu    sync.Mutex
	held  bool
}

// Ref returns a held keep-alive handle. Safe for concurrent use.
func (l *Loop) Ref() *Ref {
	return l.newRef(2)
}

func (l *Loop) newRef(skip int) *Ref {
	r := &Ref{loop: l, site: callSite(skip + 1)}
	r.Ref()
	return r
}

// callSite is "file:line" of the caller skip frames up.
func callSite(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "unknown"
	}
	return filepath.Base(file) + ":" + strconv.Itoa(line)
}

// Ref holds the loop alive again; it does nothing if already held.
func (r *Ref) Ref() {
	r.mu.Lock()
	if !r.held {
		r.held = true
		r.loop.goRefs.Add(1)
		r.loop.mu.Lock()
		r.loop.refs[r] = struct{}{}
		r.loop.mu.Unlock()
	}
	r.mu.Unlock()
}

// Unref releases the hold; it does nothing if not held.
func (r *Ref) Unref() {
	r.mu.Lock()
	if r.held {
		r.held = false
		r.loop.mu.Lock()
		delete(r.loop.refs, r)
		r.loop.mu.Unlock()
		r.loop.goRefs.Add(-1)
		r.loop.wake() // a sleeping loop may now have nothing left to do
	}
	r.mu.Unlock()
}

// Held reports whether the handle currently keeps the loop alive.
func (r *Ref) Held() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.held
}

// Completion finishes work started with Hold: it queues fn to run on the loop
// goroutine and releases the hold. It returns ErrAlreadyCompleted if called before,
// or ErrClosed if the loop has finished. Safe for concurrent use.
type Completion func(fn Task) error

// HoldFor is Hold for JS-facing work: label names the API ("fetch", "fs.readFile"),
// and the handle's site is the JS line that called it, so LiveHandles and Shutdown's
// report point at the script. Must be called on the loop goroutine.
func (l *Loop) HoldFor(label string) Completion {
	ref := &Ref{loop: l, label: label, site: l.callerPosition()}
	ref.Ref()
	return l.completion(ref, l.newIOTrace(label))
}

// Hold keeps the loop alive until the returned completion is called, the usual shape of
// Go-backed async work:
//
//	complete := loop.Hold()
//	go func() {
//		body, err := fetch(ctx, url)
//		complete(func(rt *goja.Runtime) error { return settle(body, err) })
//	}()
//
// Safe for concurrent use.
func (l *Loop) Hold() Completion {
	var trace *taskTrace
	if l.tracer != nil && l.onLoopGoroutine() { // JS started the work: trace where
		trace = l.newIOTrace("")
	}
	return l.completion(l.newRef(2), trace)
}

// completion makes the Completion of work holding ref; trace, if not nil, is the io
// task the completion will run, traced as queued when the work began.
func (l *Loop) completion(ref *Ref, trace *taskTrace) Completion {
	var done atomic.Bool
	return func(fn Task) error {
		if !done.CompareAndSwap(false, true) {
			return ErrAlreadyCompleted
		}
		// Queue first, release second: the loop never sees neither.
		err := l.submitFrom(fn, true, trace, nil)
		ref.Unref()
		return err
	}
}
