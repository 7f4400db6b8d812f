package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcTuner raises the GC percentage while the live heap is small, so that a script
// allocating many short-lived objects (every JS promise is several Go objects) does
// not collect every few megabytes, and returns to Go's default as the heap grows. The
// heap may grow to about softLimit before the default applies; above it, memory is
// used as by any Go program. It re-arms itself after every collection through a
// finalizer, the way Go's own tests observe GC cycles.
type gcTuner struct {
	softLimit uint64
	percent   int
}

const (
	gcSoftLimit  = 40 << 20 // bytes of heap the tuner may use before GOGC=100 applies
	gcMaxPercent = 800
)

// startGCTuner installs the tuner unless the user set GOGC themselves.
func startGCTuner(gogcSet bool) {
	if gogcSet {
		return
	}
	t := &gcTuner{softLimit: gcSoftLimit, percent: 100}
	t.tune(0)
	t.arm()
}

func (t *gcTuner) arm() {
	sentinel := new([16]byte)
	runtime.SetFinalizer(sentinel, func(*[16]byte) {
		t.tune(liveHeap())
		t.arm()
	})
}

// liveHeap is the heap the last collection found live. The finalizer that asks may
// run well after that collection, so the heap allocated by then (MemStats.HeapAlloc)
// would be the wrong figure: under steady allocation it is often near the next goal,
// and the tuner would fall back to GOGC=100 every other cycle. Reading the metric does
// not stop the world, as ReadMemStats does.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// tune sets the percentage so that the next goal, live*(1+p/100), stays within the
// soft limit, between Go's default (100) and gcMaxPercent.
func (t *gcTuner) tune(live uint64) {
	p := 100
	if live < t.softLimit/2 {
		p = gcMaxPercent
		if live > 0 {
			p = min(gcMaxPercent, int((t.softLimit-live)*100/live))
		}
	}
	if p != t.percent {
		t.percent = p
		debug.SetGCPercent(p)
	}
}
