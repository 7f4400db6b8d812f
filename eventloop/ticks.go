package eventloop

type tickEntry struct {
	cb    Callback
	trace *taskTrace
}

// NextTick queues cb on the process.nextTick queue, which drains after the current
// callback and before any promise job.
func (l *Loop) NextTick(cb Callback) {
	l.ticks.push(tickEntry{cb: cb, trace: l.newTrace(QueueNextTick, "process.nextTick")})
}

// drainTicks runs the nextTick queue until it is empty, ticks queued meanwhile included.
// A tick that throws is reported as uncaught; if that was handled the drain goes on.
func (l *Loop) drainTicks() {
	for !l.stopping() && !l.exiting && !l.interrupted() {
		e, ok := l.ticks.pop()
		if !ok {
			return
		}
		prev := l.traceStart(e.trace)
		l.invoke(&e.cb)
		l.traceFinish(e.trace, prev)
	}
}
