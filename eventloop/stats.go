package eventloop

import "time"

// IdleTime returns how long the loop has spent waiting for work (blocked in its poll
// phase): with the time since it started, what performance.eventLoopUtilization is
// made of. Safe for concurrent use.
func (l *Loop) IdleTime() time.Duration { return time.Duration(l.idle.Load()) }

// Started returns when the loop was created (wall clock).
func (l *Loop) Started() time.Time { return l.started }

// BusyFor reports how long the turn running now has been running, and false when the
// loop is not running JS (or the loop was not built WithTurnWatch). A turn is one
// callback with its nextTick and microtask drain. Safe for concurrent use.
func (l *Loop) BusyFor() (time.Duration, bool) {
	since := l.busySince.Load()
	if since == 0 {
		return 0, false
	}
	return time.Since(l.started) - time.Duration(since-1), true
}
