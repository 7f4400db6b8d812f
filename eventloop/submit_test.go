package eventloop

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

func TestSubmitKeepsEachGoroutinesOrder(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	const goroutines, each = 8, 200
	var got [goroutines][]int
	hold := l.Ref() // the loop must wait for every submitter
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
					got[g] = append(got[g], i)
					return nil
				}))
			}
		}()
	}
	go func() { wg.Wait(); hold.Unref() }()
	require.NoError(t, l.Run(context.Background()))
	for g := range got {
		require.Len(t, got[g], each)
		for i, v := range got[g] {
			require.Equal(t, i, v)
		}
	}
}

func TestHoldKeepsTheLoopAliveUntilCompleted(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	var log []string
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		complete := l.Hold()
		go func() {
			time.Sleep(10 * time.Millisecond) // Go work the loop must not exit under
			require.NoError(t, complete(func(rt *goja.Runtime) error {
				log = append(log, "completed")
				l.NextTick(Callback{Go: func(*goja.Runtime) error { log = append(log, "tick after completion"); return nil }})
				return nil
			}))
			require.ErrorIs(t, complete(func(*goja.Runtime) error { return nil }), ErrAlreadyCompleted)
		}()
		return nil
	}))
	require.NoError(t, l.Run(context.Background()))
	require.Equal(t, []string{"completed", "tick after completion"}, log)
}

func TestRefIsIdempotent(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	r := l.Ref()
	r.Ref()
	require.EqualValues(t, 1, l.goRefs.Load())
	r.Unref()
	r.Unref()
	require.EqualValues(t, 0, l.goRefs.Load())
	require.False(t, r.Held())
	require.NoError(t, l.Run(context.Background()), "an unheld loop with no work ends at once")
}

func TestQueueLimit(t *testing.T) {
	l, err := New(WithQueueLimit(2))
	require.NoError(t, err)
	noop := func(*goja.Runtime) error { return nil }
	require.NoError(t, l.Submit(noop))
	require.NoError(t, l.Submit(noop))
	require.ErrorIs(t, l.Submit(noop), ErrQueueFull)
	complete := l.Hold()
	require.NoError(t, complete(noop), "a completion is never refused for a full queue")
	require.NoError(t, l.Run(context.Background()))
}

func TestVirtualClockJumpsToTheNextTimer(t *testing.T) {
	h := newHarness(t)
	h.expect(`
		const start = Date.now();
		setTimeout(() => log('ten minutes later: ' + (Date.now() - start)), 600000);`,
		"ten minutes later: 600000")
	require.Equal(t, 600*time.Second, h.clock.Now())
}

func TestTracerSeesQueueAndProvenance(t *testing.T) {
	rec := &recorder{}
	h := newHarness(t, WithTracer(rec))
	h.expect("setTimeout(() => {\n  nextTick(() => log('tick'));\n}, 1);", "tick")
	require.Equal(t, []string{
		"queued timer setTimeout test.js:1:11 parent=0",
		"started timer setTimeout test.js:1:11 parent=0",
		"queued nextTick process.nextTick test.js:2:11 parent=1",
		"finished timer setTimeout test.js:1:11 parent=0",
		"started nextTick process.nextTick test.js:2:11 parent=1",
		"finished nextTick process.nextTick test.js:2:11 parent=1",
	}, rec.events)
}

type recorder struct{ events []string }

func (r *recorder) Trace(e TraceEvent) {
	r.events = append(r.events, fmt.Sprintf("%s %s %s %s parent=%d", e.Kind, e.Queue, e.Origin.API, e.Origin.Position, e.Parent))
}

func TestTracerSeesMicrotasks(t *testing.T) {
	rec := &recorder{}
	h := newHarness(t, WithTracer(rec))
	h.expect("queueMicrotask(() => {\n  log('micro');\n});", "micro")
	require.Equal(t, []string{
		"queued microtask queueMicrotask test.js:1:15 parent=0",
		"started microtask queueMicrotask test.js:1:15 parent=0",
		"finished microtask queueMicrotask test.js:1:15 parent=0",
	}, rec.events)
}

func TestTracerFollowsPromiseJobs(t *testing.T) {
	rec := &recorder{}
	h := newHarness(t, WithTracer(rec))
	h.expect("setTimeout(() => {\n  Promise.resolve().then(() => log('then'));\n}, 1);", "then")
	require.Equal(t, []string{
		"queued timer setTimeout test.js:1:11 parent=0",
		"started timer setTimeout test.js:1:11 parent=0",
		"queued microtask promise test.js:2:25 parent=1",
		"finished timer setTimeout test.js:1:11 parent=0",
		"started microtask promise test.js:2:25 parent=1",
		"finished microtask promise test.js:2:25 parent=1",
	}, rec.events)
}

func TestAdvanceDrivesTimeByHand(t *testing.T) {
	h := newHarness(t)
	l := h.loop
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`
			log('start');
			setTimeout(() => log('after 1s'), 1000);
			setTimeout(() => { log('after 5s'); setImmediate(() => log('immediate after 5s')); }, 5000);
			Promise.resolve().then(() => log('microtask'));`)
		return err
	}))
	require.NoError(t, l.RunUntilIdle())
	require.Equal(t, []string{"start", "microtask"}, h.log)
	require.NoError(t, l.Advance(999*time.Millisecond))
	require.Len(t, h.log, 2, "nothing is due yet")
	require.NoError(t, l.Advance(time.Millisecond))
	require.Equal(t, "after 1s", h.log[2])
	require.NoError(t, l.Advance(time.Hour))
	require.Equal(t, []string{"start", "microtask", "after 1s", "after 5s", "immediate after 5s"}, h.log)
	require.ErrorIs(t, l.Run(context.Background()), ErrRunning)

	real, err := New()
	require.NoError(t, err)
	require.ErrorIs(t, real.Advance(time.Second), ErrNotVirtual)
}

func TestLiveHandlesSayWhereTheyWereMade(t *testing.T) {
	h := newHarness(t, WithHandleSites())
	var handles []Handle
	require.NoError(t, h.loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunScript("app.js", "setTimeout(() => {}, 50);\nsetInterval(() => {}, 10).Unref();")
		handles = h.loop.LiveHandles()
		h.loop.Terminate(nil)
		return err
	}))
	_ = h.loop.RunUntilIdle()
	require.Len(t, handles, 2)
	got := []string{handles[0].String(), handles[1].String()}
	require.ElementsMatch(t, []string{
		"timer (setTimeout, 50 ms) created at app.js:1:11",
		"interval (setTimeout, 10 ms) created at app.js:2:12 [unref'd]",
	}, got)
}

// TestVirtualClockMovesOnWhileGoWorkWaits: a loop on a virtual clock that holds a Ref
// for as long as it runs (a listening server) still reaches its timers, and Go work
// that answers at once is seen before a later timer.
func TestVirtualClockMovesOnWhileGoWorkWaits(t *testing.T) {
	h := newHarness(t)
	server := h.loop.Ref() // waits for the outside world, like a listening server
	require.NoError(t, h.loop.Runtime().Set("stopServer", func() { server.Unref() }))
	require.NoError(t, h.loop.Runtime().Set("quickWork", func() {
		complete := h.loop.Hold()
		go func() {
			_ = complete(func(*goja.Runtime) error { h.log = append(h.log, "work done"); return nil })
		}()
	}))
	h.expect(`
		quickWork();
		const start = Date.now();
		setTimeout(() => { log('an hour later: ' + (Date.now() - start)); stopServer(); }, 3600000);`,
		"work done\nan hour later: 3600000")
	require.Equal(t, time.Hour, h.clock.Now())
}

// A Source made while JS runs has its tasks traced with that JS call as their origin,
// in the io queue, when the loop takes them, whichever goroutine submitted them; no
// task was running when they were queued, so they have no parent.
func TestSourceTasksAreTracedAsQueuedByTheirMaker(t *testing.T) {
	rec := &recorder{}
	h := newHarness(t, WithTracer(rec))
	keep := h.loop.Ref()
	require.NoError(t, h.loop.Runtime().Set("listen", func() {
		src := h.loop.NewSource("serve")
		go func() {
			for i := range 2 {
				require.NoError(t, src.Submit(func(*goja.Runtime) error {
					h.log = append(h.log, fmt.Sprint("request ", i))
					if i == 1 {
						keep.Unref()
					}
					return nil
				}))
			}
		}()
	}))
	h.expect("setTimeout(() => {\n  listen();\n}, 1);", "request 0\nrequest 1")
	require.Equal(t, []string{
		"queued timer setTimeout test.js:1:11 parent=0",
		"started timer setTimeout test.js:1:11 parent=0",
		"finished timer setTimeout test.js:1:11 parent=0",
		"queued io serve test.js:2:9 parent=0",
		"started io serve test.js:2:9 parent=0",
		"finished io serve test.js:2:9 parent=0",
		"queued io serve test.js:2:9 parent=0",
		"started io serve test.js:2:9 parent=0",
		"finished io serve test.js:2:9 parent=0",
	}, rec.events)
}
