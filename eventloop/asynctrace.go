package eventloop

// asyncTracker follows promise jobs for the tracer through goja's AsyncContextTracker:
// Grab is called when a reaction is registered (then, await, a combinator), on the
// goroutine and with the JS stack of the code that registered it, so the task's origin
// is that line; Resumed and Exited bracket the job when it runs. queueMicrotask's own
// jobs are announced by the microtask queue, so Grab hands those over instead of
// making a second task.
type asyncTracker struct {
	l       *Loop
	current *taskTrace
	prev    uint64
}

func (a *asyncTracker) Grab() any {
	l := a.l
	if t := l.pendingMicrotask; t != nil {
		l.pendingMicrotask = nil
		return t
	}
	return l.newTrace(QueueMicrotask, "promise")
}

func (a *asyncTracker) Resumed(obj any) {
	t, _ := obj.(*taskTrace)
	a.current = t
	a.prev = a.l.traceStart(t)
}

func (a *asyncTracker) Exited() {
	a.l.traceFinish(a.current, a.prev)
	a.current = nil
}
