package eventloop

import (
	"github.com/dop251/goja"
)

// Task is work posted to the loop from any goroutine. It runs on the loop goroutine
// and its runtime may be used only until it returns. A returned *goja.Exception is
// treated as an uncaught JS exception; any other non-nil error stops the loop with it.
type Task func(rt *goja.Runtime) error

type submitted struct {
	fn    Task
	trace *taskTrace
}

// Submit queues fn to run on the loop goroutine, in call order, in the loop's
// completions phase, followed by the usual nextTick and microtask drain. Work submitted
// before Run starts runs first, before the first timers phase, like a main script.
// It returns ErrClosed once the loop has finished, and ErrQueueFull when the loop has a
// queue limit and that many functions are already waiting.
// Safe for concurrent use.
func (l *Loop) Submit(fn Task) error {
	return l.submit(fn, false)
}

// submit queues fn; force ignores the queue limit (a Hold completion must never be lost).
func (l *Loop) submit(fn Task, force bool) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	if !force && l.queueLimit > 0 && len(l.incoming) >= l.queueLimit {
		l.mu.Unlock()
		return ErrQueueFull
	}
	l.incoming = append(l.incoming, submitted{fn: fn})
	l.mu.Unlock()
	l.wake()
	return nil
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
	clear(batch)
	l.spare = batch[:0]
	l.batch = nil
}

func (l *Loop) runNextCompletion() (ran, threw bool) {
	if l.batchPos >= len(l.batch) {
		return false, false
	}
	s := l.batch[l.batchPos]
	l.batch[l.batchPos] = submitted{}
	l.batchPos++
	prev := l.traceStart(s.trace)
	threw = l.invoke(&Callback{Go: s.fn})
	l.traceFinish(s.trace, prev)
	return true, threw
}
