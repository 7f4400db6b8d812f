package eventloop

import (
	"context"
	"errors"
	"time"

	"github.com/dop251/goja"
)

// Task is work posted to the loop from any goroutine. It runs on the loop goroutine
// and its runtime may be used only until it returns. A returned *goja.Exception is
// treated as an uncaught JS exception; any other non-nil error stops the loop with it.
type Task func(rt *goja.Runtime) error

type submitted struct {
	fn     Task
	trace  *taskTrace
	source *Source // the Source it came through, if any (traced when taken)
}

// Submit queues fn to run on the loop goroutine, in call order, in the loop's
// completions phase, followed by the usual nextTick and microtask drain. Work submitted
// before Run starts runs first, before the first timers phase, like a main script.
// It returns ErrClosed once Shutdown or Stop began or the loop has finished, and
// ErrQueueFull when the loop has a queue limit and that many functions are already
// waiting (load shedding; SubmitWait waits instead). Safe for concurrent use.
func (l *Loop) Submit(fn Task) error {
	return l.submit(fn, false)
}

// submit queues fn; force ignores the queue limit (a Hold completion must never be lost).
func (l *Loop) submit(fn Task, force bool) error {
	return l.submitFrom(fn, force, nil, nil)
}

// submitFrom is submit for a task whose trace was begun on the loop goroutine (trace),
// or that comes through a Source (traced when the loop takes it).
func (l *Loop) submitFrom(fn Task, force bool, trace *taskTrace, source *Source) error {
	l.mu.Lock()
	if l.closed || (l.draining && !force) {
		l.mu.Unlock()
		return ErrClosed
	}
	if !force && l.queueLimit > 0 && len(l.incoming) >= l.queueLimit {
		l.mu.Unlock()
		return ErrQueueFull
	}
	l.incoming = append(l.incoming, submitted{fn: fn, trace: trace, source: source})
	l.mu.Unlock()
	l.wake()
	return nil
}

// SubmitWait is Submit that waits for room in a bounded queue (backpressure) instead of
// answering ErrQueueFull. It returns context.Cause(ctx) if ctx ends first, and
// ErrClosed as Submit does. Safe for concurrent use.
func (l *Loop) SubmitWait(ctx context.Context, fn Task) error {
	return l.submitWait(ctx, fn, nil)
}

func (l *Loop) submitWait(ctx context.Context, fn Task, source *Source) error {
	for {
		err := l.submitFrom(fn, false, nil, source)
		if !errors.Is(err, ErrQueueFull) {
			return err
		}
		l.mu.Lock()
		if l.spaceCh == nil {
			l.spaceCh = make(chan struct{})
		}
		space := l.spaceCh
		full := len(l.incoming) >= l.queueLimit
		l.mu.Unlock()
		if !full {
			continue
		}
		select {
		case <-space:
		case <-l.done:
			return ErrClosed
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

// wake makes a sleeping loop look at its queues again. Safe for concurrent use.
func (l *Loop) wake() {
	select {
	case l.wakeCh <- struct{}{}:
	default:
	}
}

// takeIncoming swaps the submit queue for the spare one, so steady state allocates nothing.
func (l *Loop) takeIncoming() []submitted {
	l.mu.Lock()
	batch := l.incoming
	l.incoming = l.spare[:0]
	if l.spaceCh != nil { // SubmitWait callers: there is room now
		close(l.spaceCh)
		l.spaceCh = nil
	}
	l.mu.Unlock()
	return batch
}

func (l *Loop) hasIncoming() bool {
	l.mu.Lock()
	n := len(l.incoming)
	l.mu.Unlock()
	return n > 0
}

// runCompletions runs the functions submitted so far; ones submitted meanwhile wait
// for the next iteration.
func (l *Loop) runCompletions() {
	batch := l.takeIncoming()
	if len(batch) == 0 {
		l.spare = batch
		return
	}
	l.batch, l.batchPos = batch, 0
	for l.batchPos < len(l.batch) && !l.stopping() {
		l.turn(turnCompletions, l.runNextCompletionFn)
	}
	clear(l.batch)
	l.spare = l.batch[:0]
	l.batch = nil
}

func (l *Loop) runNextCompletion() (ran, threw bool) {
	if l.batchPos >= len(l.batch) && !l.waitForMoreCompletions() {
		return false, false
	}
	s := l.batch[l.batchPos]
	l.batch[l.batchPos] = submitted{}
	l.batchPos++
	trace := l.traceOf(&s)
	prev := l.traceStart(trace)
	threw = l.invoke(&Callback{Go: s.fn})
	l.traceFinish(trace, prev)
	return true, threw
}

// waitForMoreCompletions lets a loop that has nothing else to do wait for the next
// Submit inside the current turn, instead of leaving the runtime and entering it again
// for every function a Go caller hands over. It only waits when leaving would change
// nothing: no promise job, tick, rejection or immediate is waiting, and it stops
// waiting when the next timer is due, so timers run exactly when they would have; the
// next Submit then runs when it would have, only without the re-entry. It reports
// whether a new batch was taken.
func (l *Loop) waitForMoreCompletions() bool {
	if _, virtual := l.clock.(*VirtualClock); virtual {
		return false
	}
	if l.iteration == 0 {
		// The entry point's turn: what it submits (an ES module's evaluation) belongs to
		// the first iteration's poll phase, after its timers, as in Node.
		return false
	}
	for {
		if l.stopping() || l.interrupted() || l.ticks.len() > 0 || !l.jobs.empty() || l.rejections.hasWork() ||
			l.immediates.queued().n > 0 || !l.alive() {
			return false
		}
		if l.hasIncoming() {
			clear(l.batch)
			l.spare = l.batch[:0]
			l.batch, l.batchPos = l.takeIncoming(), 0
			return true
		}
		wait := time.Duration(-1)
		if expiry, ok := l.timers.nextExpiry(); ok {
			if wait = time.Duration(expiry)*time.Millisecond - l.clock.Now(); wait <= 0 {
				return false
			}
		}
		// Idle while waiting, so that an Interrupt now does not hit the next task.
		if !l.turnState.CompareAndSwap(turnRunning, turnIdle) {
			return false
		}
		// Nor is the loop busy while it waits (BusyFor); the next function starts anew.
		if l.watchTurns {
			l.busySince.Store(0)
		}
		woke := l.waitWake(wait)
		if l.watchTurns {
			l.busySince.Store(int64(time.Since(l.started)) + 1)
		}
		l.turnState.Store(turnRunning)
		if !woke {
			l.polled = true // this wait was the poll phase
			return false    // the timer is due: back to the loop's phases
		}
	}
}
