package main

import (
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGCTunerPercent: a small live heap may grow to the soft limit before the next
// collection (at most gcMaxPercent), a large one collects at Go's default.
func TestGCTunerPercent(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	cases := []struct {
		live uint64
		want int
	}{
		{0, gcMaxPercent},
		{2 << 20, gcMaxPercent},      // 2 MiB may grow 8-fold: well inside 40 MiB
		{10 << 20, 300},              // 10 MiB may grow by 30 MiB
		{gcSoftLimit / 2, 100},       // half the limit: the default
		{gcSoftLimit * 2, 100},       // beyond it: the default
		{gcSoftLimit/2 - 1<<20, 110}, // just under half: a little more than the default
	}
	for _, c := range cases {
		tuner := &gcTuner{softLimit: gcSoftLimit, percent: 100}
		tuner.tune(c.live)
		assert.Equal(t, c.want, tuner.percent, "live heap %d", c.live)
	}
}

var sink []byte

// TestLiveHeapIsWhatTheLastCollectionKept: the tuner reads the heap the last
// collection found live, which holds what is still reachable and not what was
// allocated since (MemStats.HeapAlloc, which the tuner read before, counts both).
func TestLiveHeapIsWhatTheLastCollectionKept(t *testing.T) {
	kept := make([][]byte, 0, 64)
	for range 64 {
		kept = append(kept, make([]byte, 64<<10)) // 4 MiB kept
	}
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // no collection from here on
	live := liveHeap()
	assert.GreaterOrEqual(t, live, uint64(4<<20))
	for range 256 {
		sink = make([]byte, 64<<10) // 16 MiB allocated and dropped
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	assert.Greater(t, ms.HeapAlloc, live+12<<20, "the dropped memory is still allocated")
	assert.Equal(t, live, liveHeap(), "and is not counted as live")
	runtime.KeepAlive(kept)
}
