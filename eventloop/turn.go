package eventloop

import (
	"errors"
	"time"

	"github.com/dop251/goja"
)

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

// Turn states, for Interrupt.
const (
	turnIdle int32 = iota
	turnRunning
	turnInterrupted
)

// enter calls the trampoline; goja runs the promise jobs when it returns.
func (l *Loop) enter(kind turnKind, next func() (ran, threw bool)) {
	l.next = next
	if l.watchTurns {
		l.busySince.Store(int64(time.Since(l.started)) + 1)
		defer l.busySince.Store(0)
	}
	l.turnState.Store(turnRunning)
	_, err := l.trampoline(goja.Undefined(), l.turnFns[kind])
	if l.turnState.Swap(turnIdle) == turnInterrupted {
		// An Interrupt arrived during the turn; if no JS ran after it, its flag is
		// still set and must not hit the next turn.
		l.intrMu.Lock()
		if !l.stopping() {
			l.rt.ClearInterrupt()
		}
		l.intrMu.Unlock()
	}
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
				if !ran || !threw || l.interrupted() {
					break
				}
			}
		}
		if l.interrupted() {
			// Any JS run now would be interrupted too: leave the turn so that enter
			// clears the interrupt; the ticks wait for the next turn.
			return goja.Undefined()
		}
		l.drainTicks()
		if !more || l.stopping() || !l.jobs.empty() || l.rejections.hasWork() {
			return goja.Undefined()
		}
	}
}

// interrupted reports whether Interrupt hit the current turn.
func (l *Loop) interrupted() bool { return l.turnState.Load() == turnInterrupted }

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
		switch v := interrupted.Value().(type) {
		case error:
			if v == errInterrupted {
				l.stop(errInterrupted) // already stopping; the first error stays
				return
			}
		case *userInterrupt:
			if v != l.lastInterrupt { // it surfaces at each level it unwinds through
				l.lastInterrupt = v
				l.report(&InterruptError{Reason: v.reason})
			}
			return
		}
		l.stop(err)
	case errors.As(err, &overflow):
		l.uncaught(l.newRangeError("Maximum call stack size exceeded"), OriginUncaughtException, overflow.Stack())
	case errors.As(err, &ex):
		l.uncaught(ex.Value(), OriginUncaughtException, ex.Stack())
	default:
		l.report(err)
	}
}

// report hands an error that would end the loop to the error handler, if the loop
// has one (and goes on), or ends the loop with it.
func (l *Loop) report(err error) {
	if l.errHandler != nil && !l.stopping() {
		l.errHandler(err)
		return
	}
	l.stop(err)
}

// HasErrorHandler reports whether the loop was built WithErrorHandler, in which case
// uncaught errors are reported to it and do not end the loop.
func (l *Loop) HasErrorHandler() bool { return l.errHandler != nil }

// uncaught hands an error no JS code caught to the Uncaught hook.
func (l *Loop) uncaught(v goja.Value, origin Origin, stack []goja.StackFrame) {
	if l.stopping() {
		return
	}
	if h := l.hooks.Uncaught; h != nil {
		err := h(v, origin, stack)
		if err == nil {
			l.afterHandledException()
			return
		}
		if !errors.Is(err, ErrUnhandled) {
			l.stop(err)
			return
		}
	}
	l.report(NewUncaughtError(v, origin, stack))
}

func (l *Loop) newRangeError(msg string) goja.Value {
	if ctor, ok := l.rt.Get("RangeError").(*goja.Object); ok {
		if obj, err := l.rt.New(ctor, l.rt.ToValue(msg)); err == nil {
			return obj
		}
	}
	return l.rt.ToValue("RangeError: " + msg)
}
