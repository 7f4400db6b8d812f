package eventloop

import (
	"container/heap"
	"time"
)

// Timers are kept the way Node keeps them, because the order is observable: one FIFO
// list per distinct delay, and a min-heap of those lists keyed by (expiry, id), where a
// list's expiry is its oldest timer's due time. Timers of one delay are created in due
// order, so appending keeps each list sorted: insert is O(1) for an existing delay and
// expiry O(log lists). The timers phase runs every due timer of the list at the top of
// the heap before it looks at the next list — after a stall a later-due 1 ms timer can
// run before an earlier-due 3 ms one, as in Node; a single (due, seq) heap gets that
// wrong. Nothing here starts a goroutine: the loop sleeps until the heap's minimum.

// Timer is a setTimeout/setInterval handle. All methods must be called on the loop goroutine.
type Timer struct {
	loop     *Loop
	cb       Callback
	start    int64 // ms on the loop clock when it was (re)armed
	delay    int64 // ms, >= 1
	repeat   bool
	refed    bool
	active   bool // in a list, waiting to fire
	cleared  bool // stopped for good: Refresh no longer re-arms it
	list     *timerList
	prev     *Timer
	next     *Timer
	trace    *taskTrace
	userData any
}

type timerList struct {
	delay  int64
	expiry int64  // due time of the oldest timer when last keyed; may be stale after a clear
	id     uint64 // tie-breaker, renewed each time the list is re-keyed
	index  int    // position in the heap
	head   *Timer
	tail   *Timer
}

type timerQueue struct {
	lists    map[int64]*timerList
	heap     timerHeap
	nextID   uint64
	refCount int // active ref'd timers
}

type timerHeap []*timerList

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].expiry != h[j].expiry {
		return h[i].expiry < h[j].expiry
	}
	return h[i].id < h[j].id
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	l := x.(*timerList)
	l.index = len(*h)
	*h = append(*h, l)
}
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	l := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	l.index = -1
	return l
}

// MaxTimerDelay is the longest delay a timer keeps, in milliseconds (2^31-1, as in Node
// and browsers). Callers clamp larger values.
const MaxTimerDelay = 1<<31 - 1

// NewTimer arms a timer that runs cb after delay (rounded down to whole milliseconds,
// at least 1 ms), and again every delay if repeat is set. The delay counts from now.
// api names the JS API for the tracer ("setTimeout", "setInterval").
func (l *Loop) NewTimer(cb Callback, delay time.Duration, repeat bool, api string) *Timer {
	ms := int64(delay / time.Millisecond)
	if ms < 1 {
		ms = 1
	} else if ms > MaxTimerDelay {
		ms = MaxTimerDelay
	}
	t := &Timer{loop: l, cb: cb, delay: ms, repeat: repeat, refed: true}
	q := QueueTimer
	if repeat {
		q = QueueInterval
	}
	t.trace = l.newTrace(q, api)
	l.timers.insert(t, l.nowMs())
	return t
}

// Stop cancels the timer. It reports whether the timer was still waiting to run; a
// stopped timer never runs, even if it was already due in the current timers phase.
func (t *Timer) Stop() bool {
	t.cleared = true // also keeps an interval stopped from its own callback from re-arming
	if !t.active {
		return false
	}
	t.loop.timers.remove(t)
	return true
}

// Refresh restarts the countdown from now with the same delay, moving the timer to
// the end of its delay's list; a timer that already ran is armed again, a stopped one
// is left alone (Node's behaviour).
func (t *Timer) Refresh() {
	if t.cleared {
		return
	}
	q := &t.loop.timers
	if t.active {
		q.remove(t)
	}
	q.insert(t, t.loop.nowMs())
}

// Ref makes the timer keep the loop alive (the default).
func (t *Timer) Ref() {
	if !t.refed {
		t.refed = true
		if t.active {
			t.loop.timers.refCount++
		}
	}
}

// Unref lets the loop end while the timer waits; it still runs if the loop is alive.
func (t *Timer) Unref() {
	if t.refed {
		t.refed = false
		if t.active {
			t.loop.timers.refCount--
		}
	}
}

// HasRef reports whether the timer keeps the loop alive.
func (t *Timer) HasRef() bool { return t.refed }

// Active reports whether the timer is waiting to run.
func (t *Timer) Active() bool { return t.active }

// Delay returns the timer's delay.
func (t *Timer) Delay() time.Duration { return time.Duration(t.delay) * time.Millisecond }

// Repeat reports whether the timer is an interval.
func (t *Timer) Repeat() bool { return t.repeat }

// SetUserData attaches a value for the binding that owns the timer (its JS object).
func (t *Timer) SetUserData(v any) { t.userData = v }

// UserData returns what SetUserData stored.
func (t *Timer) UserData() any { return t.userData }

// insert appends t to its delay's list, creating the list if needed.
func (q *timerQueue) insert(t *Timer, now int64) {
	if q.lists == nil {
		q.lists = make(map[int64]*timerList)
	}
	t.start = now
	list := q.lists[t.delay]
	if list == nil {
		q.nextID++
		list = &timerList{delay: t.delay, expiry: now + t.delay, id: q.nextID}
		q.lists[t.delay] = list
		heap.Push(&q.heap, list)
	}
	t.list, t.prev, t.next = list, list.tail, nil
	if list.tail != nil {
		list.tail.next = t
	} else {
		list.head = t
	}
	list.tail = t
	if !t.active && t.refed {
		q.refCount++
	}
	t.active = true
}

// unlink takes t out of its list; an emptied list leaves the heap, as in Node.
func (q *timerQueue) unlink(t *Timer) {
	list := t.list
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		list.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		list.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
	if list.head == nil && list.index >= 0 {
		heap.Remove(&q.heap, list.index)
		delete(q.lists, list.delay)
	}
	if t.active && t.refed {
		q.refCount--
	}
	t.active = false
}

func (q *timerQueue) remove(t *Timer) {
	if t.active {
		q.unlink(t)
	}
}

// peekDue returns the next timer to run in a timers phase that read the clock as now,
// or nil when none is due. It follows Node's listOnTimeout: the list at the top of the
// heap gives up its due timers in order; when its head is not yet due the list is
// re-keyed and the next list is looked at.
func (q *timerQueue) peekDue(now int64) *Timer {
	for len(q.heap) > 0 {
		list := q.heap[0]
		if list.expiry > now {
			return nil
		}
		t := list.head
		if now-t.start >= list.delay {
			return t
		}
		list.expiry = max(t.start+list.delay, now+1)
		q.nextID++
		list.id = q.nextID
		heap.Fix(&q.heap, 0)
	}
	return nil
}

// nextExpiry returns the earliest list expiry, and false when there are no timers.
func (q *timerQueue) nextExpiry() (int64, bool) {
	if len(q.heap) == 0 {
		return 0, false
	}
	return q.heap[0].expiry, true
}

// runNextTimer runs the next due timer of the current timers phase. An interval is
// re-armed from the time its callback began, at the end of its delay's list.
func (l *Loop) runNextTimer() (ran, threw bool) {
	t := l.timers.peekDue(l.timerNow)
	if t == nil {
		return false, false
	}
	l.timers.unlink(t)
	start := l.nowMs()
	prev := l.traceStart(t.trace)
	threw = l.invoke(&t.cb)
	l.traceFinish(t.trace, prev)
	if t.repeat && !t.cleared && !t.active && !l.stopping() {
		l.timers.insert(t, start)
	}
	return true, threw
}
