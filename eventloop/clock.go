package eventloop

import "time"

// Clock is where the loop reads time. Timers compare whole milliseconds of Now, as
// Node does; Date.now and performance.now follow it too.
//
// The real clock is the default. A virtual clock (one whose time moves only when the
// loop tells it to, for tests and teaching) plugs in here through WithClock.
type Clock interface {
	// Now returns the time elapsed since an arbitrary fixed origin. It never decreases.
	Now() time.Duration
}

type realClock struct{ origin time.Time }

// RealClock returns a Clock that reads Go's monotonic clock, with its origin at the call.
func RealClock() Clock { return realClock{origin: time.Now()} }

func (c realClock) Now() time.Duration { return time.Since(c.origin) }
