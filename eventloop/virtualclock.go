package eventloop

import (
	"sync"
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

	lookMu   sync.Mutex
	looked   bool          // Look was called before
	lastLook time.Duration // what it returned
}

// SpinStep is how far Look moves a clock that has not moved since the previous Look.
const SpinStep = time.Microsecond

// Look is a reading of the clock by a script (Date.now, performance.now,
// process.hrtime). The clock does not move while JS runs, so a script that waits for
// it in a busy loop would spin forever: a Look that finds the clock where the previous
// Look left it first moves it on by SpinStep. A script that reads the clock once per
// callback sees exact virtual times; one that spins sees time pass at SpinStep per
// look, and a 2 ms busy-wait ends after 2,000 looks.
func (c *VirtualClock) Look() time.Duration {
	c.lookMu.Lock()
	defer c.lookMu.Unlock()
	now := c.Now()
	if c.looked && now <= c.lastLook {
		c.Advance(c.lastLook + SpinStep - now)
		now = c.Now()
	}
	c.looked, c.lastLook = true, now
	return now
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
