package eventloop

import "github.com/dop251/goja"

// Immediate is a setImmediate handle. All methods must be called on the loop goroutine.
type Immediate struct {
	loop     *Loop
	cb       Callback
	list     *immediateList // nil once it ran or was cleared
	prev     *Immediate
	next     *Immediate
	refed    bool
	trace    *taskTrace
	userData any
}

type immediateList struct {
	head, tail *Immediate
	n          int
}

func (q *immediateList) push(im *Immediate) {
	im.list, im.prev, im.next = q, q.tail, nil
	if q.tail != nil {
		q.tail.next = im
	} else {
		q.head = im
	}
	q.tail = im
	q.n++
}

func (q *immediateList) unlink(im *Immediate) {
	if im.prev != nil {
		im.prev.next = im.next
	} else {
		q.head = im.next
	}
	if im.next != nil {
		im.next.prev = im.prev
	} else {
		q.tail = im.prev
	}
	im.list, im.prev, im.next = nil, nil, nil
	q.n--
}

// immediateQueue holds two lists: the one the check phase is running (a snapshot taken
// when the phase began) and the one new immediates go to, so that an immediate queued
// during the check phase waits for the next iteration, as in Node. Their roles swap
// at each check phase; a handle always points at the list it sits in, so clearing
// works in either.
type immediateQueue struct {
	lists    [2]immediateList
	pending  int // index of the list new immediates go to
	refCount int
}

func (q *immediateQueue) queued() *immediateList  { return &q.lists[q.pending] }
func (q *immediateQueue) running() *immediateList { return &q.lists[1-q.pending] }

// SetImmediate queues cb for the check phase. api names the JS API for the tracer.
func (l *Loop) SetImmediate(cb Callback, api string) *Immediate {
	im := &Immediate{loop: l, cb: cb, refed: true}
	im.trace = l.newTrace(QueueImmediate, api)
	l.immediates.queued().push(im)
	l.immediates.refCount++
	return im
}

// afterHandledException does what Node does once an 'uncaughtException' listener has
// handled an error: it queues an empty immediate "to make sure any ticks get processed
// by ensuring that the next Immediate cycle isn't empty". The loop therefore lives at
// least one more iteration, so beforeExit is emitted again and unref'd immediates run.
// It is the loop's own bookkeeping, not a task of the script's: it is not traced.
func (l *Loop) afterHandledException() {
	im := &Immediate{loop: l, cb: Callback{Go: noopTask}, refed: true}
	l.immediates.queued().push(im)
	l.immediates.refCount++
}

func noopTask(*goja.Runtime) error { return nil }

// Clear cancels the immediate; it reports whether it was still waiting to run.
func (im *Immediate) Clear() bool {
	if im.list == nil {
		return false
	}
	im.list.unlink(im)
	if im.refed {
		im.loop.immediates.refCount--
	}
	return true
}

// Ref makes the immediate keep the loop alive (the default).
func (im *Immediate) Ref() {
	if !im.refed {
		im.refed = true
		if im.list != nil {
			im.loop.immediates.refCount++
		}
	}
}

// Unref lets the loop end while the immediate waits.
func (im *Immediate) Unref() {
	if im.refed {
		im.refed = false
		if im.list != nil {
			im.loop.immediates.refCount--
		}
	}
}

// HasRef reports whether the immediate keeps the loop alive.
func (im *Immediate) HasRef() bool { return im.refed }

// Pending reports whether the immediate is still waiting to run.
func (im *Immediate) Pending() bool { return im.list != nil }

// SetUserData attaches a value for the binding that owns the immediate.
func (im *Immediate) SetUserData(v any) { im.userData = v }

// UserData returns what SetUserData stored.
func (im *Immediate) UserData() any { return im.userData }

// startCheckPhase makes the immediates queued so far the running batch.
func (q *immediateQueue) startCheckPhase() {
	q.pending = 1 - q.pending
}

// popRunning takes the next immediate of the running batch, or nil.
func (q *immediateQueue) popRunning() *Immediate {
	list := q.running()
	im := list.head
	if im == nil {
		return nil
	}
	list.unlink(im)
	if im.refed {
		q.refCount--
	}
	return im
}

// runImmediate runs one immediate of the running batch; ran is false when the batch is done.
func (l *Loop) runNextImmediate() (ran, threw bool) {
	im := l.immediates.popRunning()
	if im == nil {
		return false, false
	}
	prev := l.traceStart(im.trace)
	threw = l.invoke(&im.cb)
	l.traceFinish(im.trace, prev)
	return true, threw
}
