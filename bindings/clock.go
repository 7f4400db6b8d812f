package bindings

import (
	"time"

	"github.com/jsloop/jsloop/eventloop"
)

// installClock makes the script's clocks follow a virtual loop clock: with an
// eventloop.VirtualClock, Date.now() and new Date(), performance.now() and
// process.hrtime read it through VirtualClock.Look (so a busy-wait on them ends), with
// the wall clock at Install as the virtual clock's zero. On the real clock nothing
// changes. Embedders and the command get the same behaviour from the loop option alone.
func (h *Host) installClock() {
	vc, ok := h.loop.Clock().(*eventloop.VirtualClock)
	if !ok {
		return
	}
	h.virtual = vc
	wallStart := time.Now().Add(-vc.Now())
	h.rt.SetTimeSource(func() time.Time { return wallStart.Add(h.now()) })
}

// now is the loop clock as the script reads it. Readings before Install has finished
// (set-up work such as performance.timeOrigin) do not count as looks, so the script's
// own first reading sees the clock exactly where it is.
func (h *Host) now() time.Duration {
	if h.virtual != nil && h.installed {
		return h.virtual.Look()
	}
	return h.loop.Now()
}
