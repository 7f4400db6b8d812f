package eventloop

import (
	"context"
	"errors"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// Loop is an event loop with its own goja.Runtime. Create one with New, install
// bindings, queue the entry point with Submit, then call Run.
type Loop struct {
	rt           *goja.Runtime
	clock        Clock
	tracer       Tracer
	hooks        Hooks
	maxCallStack int

	// Queues; loop goroutine only.
	timers     timerQueue
	immediates immediateQueue
	ticks      ring[tickEntry] // the process.nextTick queue
	rejections rejectionTracker
	timerNow   int64 // the clock as the current timers phase read it, in ms

	// The Submit side, shared with other goroutines.
	mu         sync.Mutex
	incoming   []submitted
	closed     bool
	queueLimit int
	wakeCh     chan struct{}
	goRefs     atomic.Int64
	spare      []submitted // loop goroutine only
	batch      []submitted // the completions being run
	batchPos   int

	// Turns: each callback runs inside a JS trampoline so that goja drains its promise
	// jobs when the trampoline returns, after the callback and the nextTick queue.
	trampoline          goja.Callable
	turnFns             [numTurnKinds]goja.Value
	next                func() (ran, threw bool)
	oneShot             func() error
	runNextTimerFn      func() (bool, bool)
	runNextImmediateFn  func() (bool, bool)
	runNextCompletionFn func() (bool, bool)
	processRejectionsFn func() (bool, bool)
	runOneShotFn        func() (bool, bool)
	jobs                jobProbe
	queueMicrotask      goja.Value
	microtasks          ring[microtask]
	noopFn              goja.Value
	exiting             bool

	// Stopping: set by the loop or, through a context, by another goroutine.
	stopFlag atomic.Bool
	stopMu   sync.Mutex
	stopErr  error
	running  atomic.Bool
	// ctx lives as long as the loop: cancelled when it stops, so Go work started for
	// JS can give up (the Go-side counterpart of Node aborting requests at exit).
	ctx    context.Context
	cancel context.CancelCauseFunc

	waitTimer   *time.Timer
	lastTaskID  uint64
	currentTask uint64
}

// errInterrupted is the value the loop interrupts its runtime with when it stops.
var errInterrupted = errors.New("eventloop: stopped")

const trampolineSource = `(function run(turn) { turn() })`

// turnKind names the native frame at the bottom of every JS stack, after the phase
// (Node's names where Node has one), so that stack traces say where a callback came from.
type turnKind int

const (
	turnTimers turnKind = iota
	turnImmediates
	turnCompletions
	turnTicks
	turnHook
	numTurnKinds
)

var turnNames = [numTurnKinds]string{"processTimers", "processImmediate", "processCompletions",
	"processTicksAndRejections", "emitProcessEvent"}

// New creates a loop and its runtime.
func New(opts ...Option) (*Loop, error) {
	l := &Loop{
		rt:           goja.New(),
		wakeCh:       make(chan struct{}, 1),
		maxCallStack: 10000,
	}
	l.ctx, l.cancel = context.WithCancelCause(context.Background())
	for _, opt := range opts {
		opt(l)
	}
	if l.clock == nil {
		l.clock = RealClock()
	}
	l.rt.SetMaxCallStackSize(l.maxCallStack)
	l.rt.SetPromiseRejectionTracker(l.rejections.track)
	wallStart := time.Now()
	clock := l.clock
	l.rt.SetTimeSource(func() time.Time { return wallStart.Add(clock.Now()) })

	l.runNextTimerFn = l.runNextTimer
	l.runNextImmediateFn = l.runNextImmediate
	l.runNextCompletionFn = l.runNextCompletion
	l.processRejectionsFn = l.processRejections
	l.runOneShotFn = l.runOneShot

	tramp, err := l.compileFunction("node:internal/loop", trampolineSource)
	if err != nil {
		return nil, err
	}
	l.trampoline = tramp
	for kind, name := range turnNames {
		l.turnFns[kind] = l.namedFunction(name, l.turnBody)
	}

	l.jobs = newJobProbe(l.rt)
	l.verifyJobProbe()
	return l, nil
}

// namedFunction makes a native function whose name (shown in stacks) is name rather
// than the Go function's.
func (l *Loop) namedFunction(name string, fn func(goja.FunctionCall) goja.Value) goja.Value {
	obj := l.rt.ToValue(fn).(*goja.Object)
	_ = obj.DefineDataProperty("name", l.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

func (l *Loop) compileFunction(name, src string) (goja.Callable, error) {
	v, err := l.rt.RunScript(name, src)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("eventloop: " + name + " is not a function")
	}
	return fn, nil
}

// Runtime returns the loop's JavaScript runtime. Use it only on the loop goroutine
// (inside callbacks and submitted functions) or before Run starts.
func (l *Loop) Runtime() *goja.Runtime { return l.rt }

// Clock returns the clock the loop reads. Safe for concurrent use.
func (l *Loop) Clock() Clock { return l.clock }

// Now returns the loop clock's current reading. Safe for concurrent use.
func (l *Loop) Now() time.Duration { return l.clock.Now() }

func (l *Loop) nowMs() int64 { return int64(l.clock.Now() / time.Millisecond) }

// QueueMicrotask returns the JS queueMicrotask function of this loop, which queues a
// callback on the promise job queue. It is compiled on the first call.
func (l *Loop) QueueMicrotask() goja.Value {
	if l.queueMicrotask == nil {
		if err := l.installMicrotasks(); err != nil {
			panic(err) // a constant source that compiles: only a broken build gets here
		}
	}
	return l.queueMicrotask
}

// Run runs the loop on the calling goroutine, which owns the runtime until Run returns:
// first the functions submitted before Run (the entry point), then iterations until
// nothing ref'd is left. It returns nil when the work runs out; an *UncaughtError for
// an exception or rejection nobody handled; an *ExitError when the script exits with
// a code; context.Cause(ctx) when ctx ends it; ErrRunning or ErrClosed when the loop
// is running or has finished. A loop runs once.
func (l *Loop) Run(ctx context.Context) (err error) {
	if !l.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	l.mu.Lock()
	closed := l.closed
	l.mu.Unlock()
	if closed {
		return ErrClosed
	}
	stop := context.AfterFunc(ctx, func() { l.stop(context.Cause(ctx)) })
	defer func() {
		stop()
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
		l.close()
	}()
	l.runCompletions() // the entry point: work submitted before Run
	l.iterate()
	return l.result()
}

// iterate is Node's SpinEventLoop around libuv's uv_run.
func (l *Loop) iterate() {
	for !l.stopping() {
		for l.alive() && !l.stopping() {
			l.runTimers()
			l.runCompletions()
			l.poll()
			l.runImmediates()
		}
		if l.stopping() {
			return
		}
		l.runHook(l.hooks.BeforeExit, false)
		if !l.alive() {
			break
		}
	}
	if !l.stopping() {
		l.runHook(l.hooks.Exit, true)
	}
}

// alive reports whether anything ref'd is pending: Node's uv_loop_alive.
func (l *Loop) alive() bool {
	return l.timers.refCount > 0 || l.immediates.refCount > 0 || l.goRefs.Load() > 0 || l.hasIncoming()
}

func (l *Loop) runTimers() {
	l.timerNow = l.nowMs()
	for !l.stopping() && l.timers.peekDue(l.timerNow) != nil {
		l.turn(turnTimers, l.runNextTimerFn)
	}
}

func (l *Loop) runImmediates() {
	if l.immediates.queued().n == 0 {
		return
	}
	l.immediates.startCheckPhase()
	for !l.stopping() && l.immediates.running().n > 0 {
		l.turn(turnImmediates, l.runNextImmediateFn)
	}
}

// poll blocks until the next timer is due or a Submit (or a released Ref) wakes the
// loop; not at all when immediates are queued or nothing keeps the loop alive. With a
// VirtualClock and no Go work pending it jumps the clock to the next timer instead.
func (l *Loop) poll() {
	if l.stopping() || l.immediates.queued().n > 0 || !l.alive() || l.hasIncoming() {
		return
	}
	expiry, ok := l.timers.nextExpiry()
	due := time.Duration(expiry) * time.Millisecond
	if vc, virtual := l.clock.(*VirtualClock); virtual {
		if ok && l.goRefs.Load() == 0 {
			vc.jumpTo(due)
			return
		}
		<-l.wakeCh // virtual time stands still while Go work is in flight
		return
	}
	if !ok {
		<-l.wakeCh
		return
	}
	wait := due - l.clock.Now()
	if wait <= 0 {
		return
	}
	if l.waitTimer == nil {
		l.waitTimer = time.NewTimer(wait)
	} else {
		l.waitTimer.Reset(wait)
	}
	select {
	case <-l.wakeCh:
		l.waitTimer.Stop()
	case <-l.waitTimer.C:
	}
}

// turn runs one macrotask — the callback next picks, or more than one if a callback
// throws and a listener handles it (Node then runs the next due callback of the phase
// before draining) — then drains: nextTicks, promise jobs, again while either has work,
// then unhandled rejections, again while that emitted anything.
func (l *Loop) turn(kind turnKind, next func() (ran, threw bool)) {
	l.enter(kind, next)
	for !l.stopping() {
		if l.ticks.len() > 0 && !l.exiting {
			l.enter(turnTicks, nil)
			continue
		}
		if !l.rejections.hasWork() {
			return
		}
		l.enter(turnTicks, l.processRejectionsFn)
	}
}

// enter calls the trampoline; goja runs the promise jobs when it returns.
func (l *Loop) enter(kind turnKind, next func() (ran, threw bool)) {
	l.next = next
	_, err := l.trampoline(goja.Undefined(), l.turnFns[kind])
	l.next = nil
	if err != nil {
		l.handleError(err)
	}
	if l.stopping() {
		l.rt.ClearInterrupt()
	}
	var interrupted *goja.InterruptedError
	if errors.As(err, &interrupted) {
		l.microtasks.clear() // goja dropped the queued jobs that would have run them
	}
}

// turnBody runs inside the trampoline, with a JS frame on the stack. It runs one
// callback (more after a handled throw), then the nextTick queue. While that left
// nothing to drain — no promise job, tick or rejection — it goes on with the phase's
// next callback in the same call: the order is the same as returning and re-entering,
// only cheaper.
func (l *Loop) turnBody(goja.FunctionCall) goja.Value {
	next := l.next
	for {
		more := false
		if next != nil {
			for !l.stopping() {
				ran, threw := next()
				more = ran
				if !ran || !threw {
					break
				}
			}
		}
		l.drainTicks()
		if !more || l.stopping() || !l.jobs.empty() || l.rejections.hasWork() {
			return goja.Undefined()
		}
	}
}

// runOneShot runs l.oneShot once (hooks and other single tasks).
func (l *Loop) runOneShot() (ran, threw bool) {
	fn := l.oneShot
	if fn == nil {
		return false, false
	}
	l.oneShot = nil
	if err := fn(); err != nil {
		l.handleError(err)
		return true, true
	}
	return true, false
}

// runHook runs a BeforeExit or Exit hook as a turn of its own. On exit, ticks queued by
// the listeners never run, as in Node.
func (l *Loop) runHook(h func() error, exit bool) {
	if h == nil {
		return
	}
	l.exiting = exit
	l.oneShot = h
	l.turn(turnHook, l.runOneShotFn)
	l.ticks.clear()
}

// invoke runs a callback and reports whether it threw.
func (l *Loop) invoke(cb *Callback) (threw bool) {
	if err := cb.call(l.rt); err != nil {
		l.handleError(err)
		return true
	}
	return false
}

// handleError routes an error from a callback or hook: a JS exception goes to the
// Uncaught hook, an interrupt or a Go error stops the loop.
func (l *Loop) handleError(err error) {
	var interrupted *goja.InterruptedError
	var overflow *goja.StackOverflowError
	var ex *goja.Exception
	switch {
	case errors.As(err, &interrupted):
		if v, ok := interrupted.Value().(error); ok && v == errInterrupted {
			l.stop(errInterrupted) // already stopping; the first error stays
		} else {
			l.stop(err)
		}
	case errors.As(err, &overflow):
		l.uncaught(l.newRangeError("Maximum call stack size exceeded"), OriginUncaughtException, overflow.Stack())
	case errors.As(err, &ex):
		l.uncaught(ex.Value(), OriginUncaughtException, ex.Stack())
	default:
		l.stop(err)
	}
}

// uncaught hands an error no JS code caught to the Uncaught hook.
func (l *Loop) uncaught(v goja.Value, origin Origin, stack []goja.StackFrame) {
	if l.stopping() {
		return
	}
	if h := l.hooks.Uncaught; h != nil {
		err := h(v, origin, stack)
		if err == nil {
			return
		}
		if !errors.Is(err, ErrUnhandled) {
			l.stop(err)
			return
		}
	}
	l.stop(NewUncaughtError(v, origin, stack))
}

// Stop ends the loop with err as Run's result (the first error given wins): running JS
// is interrupted and nothing queued runs any more. Safe for concurrent use.
func (l *Loop) Stop(err error) { l.stop(err) }

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
	return l.stopErr
}

func (l *Loop) newRangeError(msg string) goja.Value {
	if ctor, ok := l.rt.Get("RangeError").(*goja.Object); ok {
		if obj, err := l.rt.New(ctor, l.rt.ToValue(msg)); err == nil {
			return obj
		}
	}
	return l.rt.ToValue("RangeError: " + msg)
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
