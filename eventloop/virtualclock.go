package eventloop

import (
	"sync/atomic"
	"time"
)

// VirtualClock is a Clock whose time moves only when told to. A loop using it jumps
// straight to the next due timer whenever it would otherwise sleep, so a script that
// waits ten minutes finishes at once with the same output. While Go work holds the
// loop (Ref, Hold, a pending Submit) the clock stands still and the loop waits for
// that work in real time.
//
// Safe for concurrent use.
type VirtualClock struct {
	now atomic.Int64 // nanoseconds
}

// NewVirtualClock returns a virtual clock reading zero.
func NewVirtualClock() *VirtualClock { return &VirtualClock{} }

// Now returns the clock's current reading.
func (c *VirtualClock) Now() time.Duration { return time.Duration(c.now.Load()) }

// Advance moves the clock forward by d (never backward), as if that much time had
// passed: useful in tests to stand for slow synchronous work.
func (c *VirtualClock) Advance(d time.Duration) {
	if d > 0 {
		c.now.Add(int64(d))
	}
}

// jumpTo moves the clock to t if that is later than now.
func (c *VirtualClock) jumpTo(t time.Duration) {
	for {
		cur := c.now.Load()
		if int64(t) <= cur || c.now.CompareAndSwap(cur, int64(t)) {
			return
		}
	}
}
