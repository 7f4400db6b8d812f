package perfhooks

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// run runs src on a new loop with perf_hooks and a check() function as globals, and
// returns once the loop has ended. check calls fn on the loop goroutine.
func run(t *testing.T, src string, fn func(loop *eventloop.Loop)) time.Duration {
	t.Helper()
	loop, err := eventloop.New(eventloop.WithHandleSites())
	require.NoError(t, err)
	require.NoError(t, loop.Submit(func(rt *goja.Runtime) error {
		_ = rt.Set("perf_hooks", Module(rt, loop, rt.NewObject()))
		_ = rt.Set("check", func() { fn(loop) })
		_, err := rt.RunScript("script.js", src)
		return err
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	require.NoError(t, loop.Run(ctx))
	return time.Since(start)
}

func monitors(hs []eventloop.Handle) (n int, refd bool, site string) {
	for _, h := range hs {
		if h.API == "monitorEventLoopDelay" && h.Kind == "interval" {
			n++
			refd = refd || h.Ref
			site = h.Site
		}
	}
	return n, refd, site
}

// The probe is an interval the loop lists as unref'd while enabled, made where the
// script called enable, and disable removes it.
func TestMonitorIsAnUnrefdInterval(t *testing.T) {
	var counts []int
	var sites []string
	run(t, `const h = perf_hooks.monitorEventLoopDelay({ resolution: 20 });
h.enable();
check();
h.disable();
check();`, func(loop *eventloop.Loop) {
		n, refd, site := monitors(loop.LiveHandles())
		require.False(t, refd)
		counts = append(counts, n)
		sites = append(sites, site)
	})
	require.Equal(t, []int{1, 0}, counts)
	require.Equal(t, "script.js:2:9", sites[0])
}

// An enabled monitor does not hold the loop open: the loop ends when its last timer
// has run, as in Node, where the probe's timer is unref'd.
func TestMonitorDoesNotKeepTheLoopAlive(t *testing.T) {
	took := run(t, `perf_hooks.monitorEventLoopDelay({ resolution: 1 }).enable();`, func(*eventloop.Loop) {})
	require.Less(t, took, 5*time.Second)
}

// The empty-histogram values are HdrHistogram_c's: min INT64_MAX, max 0, mean NaN.
func TestEmptyHistogram(t *testing.T) {
	var h *histogram
	require.NotPanics(t, func() {
		loop, _ := eventloop.New()
		h = (&module{rt: loop.Runtime(), loop: loop}).newHistogram(1, math.MaxInt64, 3)
	})
	require.Equal(t, int64(math.MaxInt64), h.min())
	require.Equal(t, int64(0), h.max())
	require.True(t, math.IsNaN(h.mean()))
	require.True(t, math.IsNaN(h.stddev()))
	keys, values := h.percentiles()
	require.Equal(t, []float64{100}, keys)
	require.Equal(t, []int64{0}, values)
}

// A value outside the histogram's range counts in exceeds, as in Node.
func TestOutOfRangeValuesCountAsExceeds(t *testing.T) {
	loop, _ := eventloop.New()
	h := (&module{rt: loop.Runtime(), loop: loop}).newHistogram(1, 1000, 2)
	h.record(500)
	h.record(5000)
	h.record(-1)
	require.Equal(t, int64(1), h.h.TotalCount())
	require.Equal(t, int64(2), h.exceeds)
}

func TestEventLoopUtilizationAddsUpToTheLoopsLife(t *testing.T) {
	loop, _ := eventloop.New()
	time.Sleep(20 * time.Millisecond)
	idle, active := LoopTimes(loop)
	require.Equal(t, time.Duration(0), idle) // it never waited: it has not run
	require.GreaterOrEqual(t, active, 20*time.Millisecond)
}
