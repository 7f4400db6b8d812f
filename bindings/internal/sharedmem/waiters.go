package sharedmem

import (
	"sync"
	"time"
)

// waiters are the goroutines blocked in Atomics.wait (or waiting for Atomics.waitAsync),
// by the address of the element they wait on, oldest first: the spec's WaiterLists.
// The lock is the spec's critical section: wait compares the element and joins the
// list under it, so a notify that follows a store can never miss a waiter. An address
// stays valid as a key: the memory is on the heap, which Go does not compact, and a
// waiter's cell keeps the memory alive.
var waiters = struct {
	sync.Mutex
	m map[uintptr][]*waiter
}{m: make(map[uintptr][]*waiter)}

type waiter struct {
	woken chan struct{} // closed by notify
	// onWake, if set, is called by notify, under the lock: Atomics.waitAsync settles its
	// promise from there, so that a notify on the waiter's own loop is seen before that
	// loop could decide it has nothing left to do.
	onWake func()
}

// Results of a wait, as Atomics.wait returns them.
const (
	waitOK       = "ok"
	waitNotEqual = "not-equal"
	waitTimedOut = "timed-out"
)

// enqueue joins c's waiter list if c still holds expected; it returns nil when it does not.
func enqueue(c cell, expected uint64, onWake func()) *waiter {
	waiters.Lock()
	defer waiters.Unlock()
	if c.load() != expected {
		return nil
	}
	w := &waiter{woken: make(chan struct{}), onWake: onWake}
	key := uintptr(c.p)
	waiters.m[key] = append(waiters.m[key], w)
	return w
}

// await blocks until w is notified ("ok"), timeout passes or stop or interrupt closes
// ("timed-out"; the caller's JS is being stopped then, and the result is never seen).
// timeout < 0 means no deadline; a nil channel never closes.
func (w *waiter) await(c cell, timeout time.Duration, stop, interrupt <-chan struct{}) string {
	var deadline <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	select {
	case <-w.woken:
		return waitOK
	case <-deadline:
	case <-stop:
	case <-interrupt:
	}
	waiters.Lock()
	defer waiters.Unlock()
	select {
	case <-w.woken: // notified while the timer fired
		return waitOK
	default:
	}
	key := uintptr(c.p)
	list := waiters.m[key]
	for i, x := range list {
		if x == w {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(waiters.m, key)
	} else {
		waiters.m[key] = list
	}
	return waitTimedOut
}

// notify wakes up to count of c's waiters, oldest first (count < 0: all), and returns
// how many it woke.
func notify(c cell, count int) int {
	waiters.Lock()
	defer waiters.Unlock()
	key := uintptr(c.p)
	list := waiters.m[key]
	n := len(list)
	if count >= 0 && count < n {
		n = count
	}
	for _, w := range list[:n] {
		close(w.woken)
		if w.onWake != nil {
			w.onWake()
		}
	}
	if n == len(list) {
		delete(waiters.m, key)
	} else {
		waiters.m[key] = append(list[:0:0], list[n:]...)
	}
	return n
}
