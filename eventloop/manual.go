package eventloop

import (
	"errors"
	"runtime/debug"
	"time"
)

// ErrNotVirtual is returned by RunUntilIdle and Advance for a loop without a VirtualClock.
var ErrNotVirtual = errors.New("eventloop: the loop's clock is not a VirtualClock")

// RunUntilIdle drives a loop built WithClock(NewVirtualClock()) by hand, on the calling
// goroutine, the way Go's testing/synctest drives time: it runs the entry point (the
// first time), then every timer, completion and immediate that can run without time
// passing, and returns when nothing more can — without waiting, and without ending the
// loop ('beforeExit' and 'exit' are not emitted). It returns the error that ended the
// loop, if one did, and ErrRunning if the loop is running on its own.
func (l *Loop) RunUntilIdle() error {
	if _, ok := l.clock.(*VirtualClock); !ok {
		return ErrNotVirtual
	}
	if !l.manual {
		if !l.running.CompareAndSwap(false, true) {
			return ErrRunning
		}
		l.manual = true
	}
	return l.runManual()
}

// Advance moves the virtual clock forward by d and runs what became due, as
// RunUntilIdle does. It returns ErrNotVirtual without a VirtualClock.
func (l *Loop) Advance(d time.Duration) error {
	vc, ok := l.clock.(*VirtualClock)
	if !ok {
		return ErrNotVirtual
	}
	if err := l.RunUntilIdle(); err != nil {
		return err
	}
	vc.Advance(d)
	return l.RunUntilIdle()
}

func (l *Loop) runManual() (err error) {
	l.goid.Store(currentGoroutineID())
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
			l.stop(err)
		}
	}()
	if !l.manualStarted {
		l.manualStarted = true
		l.runCompletions()
	}
	for !l.stopping() && l.runnableNow() {
		l.iteration++
		l.phase = PhaseTimers
		l.runTimers()
		l.phase = PhasePoll
		l.runCompletions()
		l.phase = PhaseCheck
		l.runImmediates()
	}
	if l.stopping() {
		return l.result()
	}
	return nil
}

// runnableNow reports whether an iteration would run anything without time passing.
func (l *Loop) runnableNow() bool {
	return l.timers.peekDue(l.nowMs()) != nil || l.immediates.queued().n > 0 || l.hasIncoming()
}
