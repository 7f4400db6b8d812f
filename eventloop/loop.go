package eventloop

import (
	"context"
	"errors"
	"io"
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
	polled     bool  // a poll phase (or a wait standing for one) has run since this libuv run began

	// The Submit side, shared with other goroutines (guarded by mu).
	mu            sync.Mutex
	incoming      []submitted
	closed        bool
	draining      bool              // Shutdown or Stop began: Submit refuses new work
	shutdownHooks []func()          // OnShutdown functions
	refs          map[*Ref]struct{} // held keep-alives, for the abandoned-work report
	spaceCh       chan struct{}     // closed when a full queue gets room (SubmitWait)
	queueLimit    int
	wakeCh        chan struct{}
	goRefs        atomic.Int64
	spare         []submitted // loop goroutine only
	batch         []submitted // the completions being run
	batchPos      int

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
	// Life-cycle: see lifecycle.go.
	keepAlive        atomic.Bool   // started with Start: stays up when it runs dry
	done             chan struct{} // closed when Run returns
	runErr           error         // Run's result, readable once done is closed
	goid             atomic.Uint64 // the loop goroutine's id
	abandonedWanted  atomic.Bool
	abandoned        *AbandonedError
	intrMu           sync.Mutex    // serialises Interrupt with the end of a turn
	intrCh           chan struct{} // closed by the next Interrupt (Interrupted); under intrMu
	turnState        atomic.Int32  // turnIdle, turnRunning or turnInterrupted
	errHandler       func(error)
	lastInterrupt    *userInterrupt // the Interrupt already reported
	iteration        uint64         // loop iterations so far (0 while the entry point runs)
	phase            Phase          // the phase running now
	recordSites      bool           // WithHandleSites: remember where each handle was made
	pendingMicrotask *taskTrace     // queueMicrotask's task, for the async tracker's next Grab
	idle             atomic.Int64   // nanoseconds spent waiting in poll
	busySince        atomic.Int64   // WithTurnWatch: when the running turn began (ns since start), 0 when idle
	watchTurns       bool
	started          time.Time
	manual           bool // driven by RunUntilIdle/Advance
	manualStarted    bool // the entry point ran

	// Configuration kept for the bindings (see options.go).
	stdout, stderr io.Writer
	moduleLoader   func(path string) ([]byte, error)
	installers     []func(*Loop) error
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
		done:         make(chan struct{}),
		refs:         make(map[*Ref]struct{}),
	}
	l.ctx, l.cancel = context.WithCancelCause(context.Background())
	l.started = time.Now()
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
	if l.tracer != nil {
		l.rt.SetAsyncContextTracker(&asyncTracker{l: l})
	}
	for _, install := range l.installers {
		if err := install(l); err != nil {
			return nil, err
		}
	}
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

// iterate is Node's SpinEventLoop around libuv's uv_run.
func (l *Loop) iterate() {
	for !l.stopping() {
		for l.alive() && !l.stopping() {
			l.iteration++
			l.phase = PhaseTimers
			l.runTimers()
			// libuv runs the timers at the end of an iteration, after the poll, and
			// then asks whether the loop is still alive: if the timers left only
			// unref'd work (an unref'd immediate), the run ends there and that check
			// phase never comes. Only the timers a run begins with, before any poll,
			// go unchecked.
			if l.polled && !l.alive() {
				break
			}
			l.phase = PhasePoll
			l.runCompletions()
			l.poll()
			l.phase = PhaseCheck
			l.runImmediates()
		}
		if l.stopping() {
			return
		}
		l.phase = PhaseBeforeExit
		l.runHook(l.hooks.BeforeExit, false)
		l.polled = false // a new libuv run begins
		if !l.alive() {
			break
		}
	}
	if !l.stopping() {
		l.phase = PhaseExit
		l.runHook(l.hooks.Exit, true)
	}
}

// alive reports whether anything ref'd is pending: Node's uv_loop_alive. A started
// loop stays alive until Shutdown or Stop.
func (l *Loop) alive() bool {
	return l.timers.refCount > 0 || l.immediates.refCount > 0 || l.goRefs.Load() > 0 || l.hasIncoming() ||
		l.keepAlive.Load()
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

// virtualQuiet is how long, in real time, a loop on a VirtualClock waits for Go work in
// flight before it moves the clock to its next timer all the same: the work may be
// waiting for that timer itself (a local server that answers after a delay), or be a
// handle that waits for the outside world (a listening server), and waiting for it
// would never end.
const virtualQuiet = 50 * time.Millisecond

// poll blocks until the next timer is due or a Submit (or a released Ref) wakes the
// loop; not at all when immediates are queued or nothing keeps the loop alive. With a
// VirtualClock it jumps the clock to the next timer instead: at once when no Go work is
// pending, after virtualQuiet of real time without news from it otherwise.
func (l *Loop) poll() {
	l.polled = true
	if l.stopping() || l.immediates.queued().n > 0 || !l.alive() || l.hasIncoming() {
		return
	}
	expiry, ok := l.timers.nextExpiry()
	due := time.Duration(expiry) * time.Millisecond
	if vc, virtual := l.clock.(*VirtualClock); virtual {
		switch {
		case ok && l.goRefs.Load() == 0:
			vc.jumpTo(due)
		case !ok:
			l.waitWake(-1) // only Go work can do anything now
		case !l.waitWake(virtualQuiet):
			// Virtual time stood still while the Go work was in flight; it has gone
			// quiet, so the clock moves on.
			vc.jumpTo(due)
		}
		return
	}
	if !ok {
		l.waitWake(-1)
		return
	}
	if wait := due - l.clock.Now(); wait > 0 {
		l.waitWake(wait)
	}
}

// waitWake blocks until the loop is woken (true) or d has passed (false); d < 0 means
// no deadline. The time spent waiting counts as idle (IdleTime).
func (l *Loop) waitWake(d time.Duration) bool {
	start := time.Now()
	defer func() { l.idle.Add(int64(time.Since(start))) }()
	if d < 0 {
		<-l.wakeCh
		return true
	}
	if l.waitTimer == nil {
		l.waitTimer = time.NewTimer(d)
	} else {
		l.waitTimer.Reset(d)
	}
	select {
	case <-l.wakeCh:
		l.waitTimer.Stop()
		return true
	case <-l.waitTimer.C:
		return false
	}
}
