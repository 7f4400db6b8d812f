package eventloop

// tickQueue is the process.nextTick queue: a growable ring buffer, so that steady
// state allocates nothing per tick.
type tickQueue struct {
	buf  []tickEntry
	head int
	n    int
}

type tickEntry struct {
	cb    Callback
	trace *taskTrace
}

func (q *tickQueue) len() int { return q.n }

func (q *tickQueue) push(e tickEntry) {
	if q.n == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.n)&(len(q.buf)-1)] = e
	q.n++
}

func (q *tickQueue) pop() (tickEntry, bool) {
	if q.n == 0 {
		return tickEntry{}, false
	}
	e := q.buf[q.head]
	q.buf[q.head] = tickEntry{} // let the callback be collected
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.n--
	return e, true
}

func (q *tickQueue) grow() {
	size := max(16, 2*len(q.buf)) // a power of two, so indexes wrap with a mask
	buf := make([]tickEntry, size)
	for i := 0; i < q.n; i++ {
		buf[i] = q.buf[(q.head+i)&(len(q.buf)-1)]
	}
	q.buf, q.head = buf, 0
}

func (q *tickQueue) clear() {
	for q.n > 0 {
		q.pop()
	}
}

// NextTick queues cb on the process.nextTick queue, which drains after the current
// callback and before any promise job.
func (l *Loop) NextTick(cb Callback) {
	l.ticks.push(tickEntry{cb: cb, trace: l.newTrace(QueueNextTick, "process.nextTick")})
}

// drainTicks runs the nextTick queue until it is empty, ticks queued meanwhile included.
// A tick that throws is reported as uncaught; if that was handled the drain goes on.
func (l *Loop) drainTicks() {
	for !l.stopping() && !l.exiting {
		e, ok := l.ticks.pop()
		if !ok {
			return
		}
		prev := l.traceStart(e.trace)
		l.invoke(&e.cb)
		l.traceFinish(e.trace, prev)
	}
}
