package eventloop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// A loop's life: New, then Run (until the work runs out) or Start (stays up waiting for
// Submits); Shutdown ends it gracefully, Stop at once. A loop runs once.

// Run runs the loop on the calling goroutine, which owns the runtime until Run returns:
// first the functions submitted before Run (the entry point), then iterations until
// nothing ref'd is left. It returns nil when the work runs out (or after a Shutdown
// that let it finish); an *UncaughtError for an exception or rejection nobody handled
// (unless WithErrorHandler takes them); an *ExitError when the script exits with a
// code; context.Cause(ctx) when ctx ends it; ErrClosed after Stop or a Shutdown whose
// context ended; ErrRunning if the loop is already running, ErrClosed if it has run.
func (l *Loop) Run(ctx context.Context) error {
	if !l.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	return l.run(ctx)
}

// Start runs the loop on a new goroutine and returns at once. A started loop does not
// end when it runs dry: it waits for Submits (a plugin host, a server) until Shutdown or
// Stop, which return its result. It returns ErrRunning if the loop is already running
// and ErrClosed if it has run.
func (l *Loop) Start() error {
	if !l.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	if l.isClosed() {
		return ErrClosed
	}
	l.keepAlive.Store(true)
	go func() { _ = l.run(context.Background()) }()
	return nil
}

func (l *Loop) run(ctx context.Context) (err error) {
	defer close(l.done)
	if l.isClosed() {
		l.runErr = ErrClosed
		return ErrClosed
	}
	l.goid.Store(currentGoroutineID())
	stop := context.AfterFunc(ctx, func() { l.stop(context.Cause(ctx)) })
	defer func() {
		stop()
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
		if l.abandonedWanted.Load() {
			l.abandoned = l.abandonedWork()
		}
		l.close()
		l.runErr = err
	}()
	l.runCompletions() // the entry point: work submitted before Run
	l.iterate()
	return l.result()
}

// Wait blocks until a started loop has ended and returns its result (see Run). Safe
// for concurrent use.
func (l *Loop) Wait() error {
	if !l.running.Load() {
		return nil
	}
	<-l.done
	return l.runErr
}

// Stop ends the loop at once: running JS is interrupted, nothing queued runs, Submit
// answers ErrClosed. It waits for the loop goroutine to finish (unless called on it)
// and returns the loop's own error if it had one, else nil; Run then returns ErrClosed.
// Repeated calls are safe. Safe for concurrent use.
func (l *Loop) Stop() error {
	l.beginShutdown()
	l.stop(ErrClosed)
	if !l.running.Load() || l.onLoopGoroutine() {
		l.markClosed()
		return nil
	}
	<-l.done
	if errors.Is(l.runErr, ErrClosed) {
		return nil
	}
	return l.runErr
}

// Shutdown ends the loop gracefully, in the manner of net/http.Server.Shutdown: new
// Submits answer ErrClosed at once, the OnShutdown hooks start (each on its own
// goroutine, so bindings can abort Go I/O in flight), and the work already queued —
// timers, immediates, Go work held with Hold or Ref — runs until nothing is left. If ctx
// ends first, the JS is interrupted, everything is released, and Shutdown returns an
// *AbandonedError (wrapping context.Cause(ctx)) that lists what never ran. Otherwise it
// returns the loop's result as Run would (nil when it simply finished). Must not be
// called on the loop goroutine; repeated calls are safe. Safe for concurrent use.
func (l *Loop) Shutdown(ctx context.Context) error {
	l.beginShutdown()
	if !l.running.Load() {
		l.markClosed()
		return nil
	}
	if l.onLoopGoroutine() {
		return ErrOnLoop
	}
	select {
	case <-l.done:
		return l.runErr
	case <-ctx.Done():
	}
	l.abandonedWanted.Store(true)
	l.stop(&AbandonedError{Cause: context.Cause(ctx)})
	<-l.done
	ab := l.abandoned
	if ab == nil {
		ab = &AbandonedError{}
	}
	ab.Cause = context.Cause(ctx)
	return ab
}

// OnShutdown registers fn to run, on a goroutine of its own, when Shutdown or Stop
// begins: the place for bindings to cancel Go I/O in flight. Safe for concurrent use.
func (l *Loop) OnShutdown(fn func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.draining {
		go fn()
		return
	}
	l.shutdownHooks = append(l.shutdownHooks, fn)
}

// beginShutdown refuses new Submits, lets a started loop end when it runs dry, and
// starts the shutdown hooks, once.
func (l *Loop) beginShutdown() {
	l.mu.Lock()
	first := !l.draining
	l.draining = true
	hooks := l.shutdownHooks
	l.shutdownHooks = nil
	l.mu.Unlock()
	l.keepAlive.Store(false)
	if first {
		for _, fn := range hooks {
			go fn()
		}
	}
	l.wake()
}

// Terminate ends the loop now with err as Run's result (the first error given wins):
// running JS is interrupted and nothing queued runs any more. It does not wait; it is
// what process.exit and fatal errors use. Safe for concurrent use.
func (l *Loop) Terminate(err error) { l.stop(err) }

func (l *Loop) stop(err error) {
	l.stopMu.Lock()
	if l.stopErr == nil {
		l.stopErr = err
	}
	l.stopMu.Unlock()
	l.stopFlag.Store(true)
	l.rt.Interrupt(errInterrupted)
	l.cancel(ErrClosed)
	l.wake()
}

// Interrupt stops the JS running now, as goja.Runtime.Interrupt does: the task is
// abandoned (with the promise jobs it queued) and reported as an *InterruptError —
// to the error handler if the loop has one, and the loop goes on; otherwise the loop
// ends with it. It does nothing when no JS is running. Safe for concurrent use.
func (l *Loop) Interrupt(reason any) {
	l.intrMu.Lock()
	defer l.intrMu.Unlock()
	if l.turnState.CompareAndSwap(turnRunning, turnInterrupted) {
		l.rt.Interrupt(&userInterrupt{reason: reason})
		if l.intrCh != nil {
			close(l.intrCh)
			l.intrCh = nil
		}
	}
}

// Interrupted returns a channel that is closed when Interrupt stops the JS running now.
// goja notices an interrupt between two instructions; a Go function called from JS
// that blocks (Atomics.wait) selects on this channel, and on Context().Done() for the
// loop's end, to give way too. Call it on the loop goroutine, while JS runs.
func (l *Loop) Interrupted() <-chan struct{} {
	l.intrMu.Lock()
	defer l.intrMu.Unlock()
	if l.turnState.Load() == turnInterrupted {
		return closedChan
	}
	if l.intrCh == nil {
		l.intrCh = make(chan struct{}) // made when first asked for: a turn pays nothing
	}
	return l.intrCh
}

// closedChan is a channel that is always closed.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// userInterrupt is the value Interrupt hands to goja, told apart from the loop's own stop.
type userInterrupt struct{ reason any }

// Context returns a context that is cancelled (with cause ErrClosed) when the loop
// stops for any reason. Go work started on behalf of JS should watch it, so that
// nothing outlives the loop. Safe for concurrent use.
func (l *Loop) Context() context.Context { return l.ctx }

func (l *Loop) stopping() bool { return l.stopFlag.Load() }

func (l *Loop) result() error {
	l.stopMu.Lock()
	defer l.stopMu.Unlock()
	if l.stopErr == errInterrupted {
		return nil
	}
	var ab *AbandonedError
	if errors.As(l.stopErr, &ab) {
		return ErrClosed
	}
	return l.stopErr
}

func (l *Loop) isClosed() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.closed
}

func (l *Loop) markClosed() {
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	l.cancel(ErrClosed)
}

// close marks the loop finished: Submit answers ErrClosed from now on.
func (l *Loop) close() {
	l.mu.Lock()
	l.closed = true
	clear(l.incoming)
	l.incoming = nil
	l.mu.Unlock()
	l.stopFlag.Store(true)
	l.cancel(ErrClosed)
	l.rt.ClearInterrupt()
	l.ticks.clear()
	if l.waitTimer != nil {
		l.waitTimer.Stop()
	}
}

// AbandonedError is what Shutdown returns when its context ended before the loop's
// work did: the cause, and what never ran.
type AbandonedError struct {
	Cause      error
	Timers     int      // ref'd timers and intervals still armed
	Immediates int      // immediates still queued
	Submitted  int      // functions submitted but not run
	Holds      []string // Go work held open (Hold, Ref), each with where it was taken
}

func (e *AbandonedError) Error() string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			s := strconv.Itoa(n) + " " + what
			if n > 1 {
				s += "s"
			}
			parts = append(parts, s)
		}
	}
	add(e.Timers, "timer")
	add(e.Immediates, "immediate")
	add(e.Submitted, "submitted function")
	add(len(e.Holds), "pending Go operation")
	msg := "eventloop: shutdown did not finish"
	if e.Cause != nil {
		msg += " (" + e.Cause.Error() + ")"
	}
	if len(parts) == 0 {
		return msg
	}
	msg += ": abandoned " + strings.Join(parts, ", ")
	if len(e.Holds) > 0 {
		msg += " (taken at " + strings.Join(e.Holds, "; ") + ")"
	}
	return msg
}

func (e *AbandonedError) Unwrap() error { return e.Cause }

// abandonedWork counts what is left; on the loop goroutine, before close clears it.
func (l *Loop) abandonedWork() *AbandonedError {
	ab := &AbandonedError{Timers: l.timers.refCount, Immediates: l.immediates.queued().n + l.immediates.running().n}
	l.mu.Lock()
	ab.Submitted = len(l.incoming)
	for r := range l.refs {
		ab.Holds = append(ab.Holds, r.site)
	}
	l.mu.Unlock()
	if l.batch != nil {
		ab.Submitted += len(l.batch) - l.batchPos
	}
	return ab
}

// onLoopGoroutine reports whether the caller runs on the goroutine running the loop,
// where waiting for the loop would deadlock.
func (l *Loop) onLoopGoroutine() bool {
	id := l.goid.Load()
	return id != 0 && id == currentGoroutineID()
}

// currentGoroutineID reads the goroutine's id from its stack header ("goroutine N [").
// It costs about a microsecond; only Stop, Shutdown and the blocking helpers use it.
func currentGoroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		id, _ := strconv.ParseUint(string(b[:i]), 10, 64)
		return id
	}
	return 0
}

// InterruptError is how a task stopped by Interrupt is reported.
type InterruptError struct{ Reason any }

func (e *InterruptError) Error() string { return fmt.Sprintf("eventloop: interrupted: %v", e.Reason) }

// Unwrap gives the reason when it is an error.
func (e *InterruptError) Unwrap() error {
	err, _ := e.Reason.(error)
	return err
}
