package eventloop

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

func TestManySubmittersEachRunOnceInOrder(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	require.NoError(t, l.Start())
	const goroutines, each = 8, 100000
	var counts [goroutines]int
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				require.NoError(t, l.Submit(func(*goja.Runtime) error {
					if counts[g] != i {
						return errors.New("out of order")
					}
					counts[g]++
					return nil
				}))
			}
		}()
	}
	wg.Wait()
	require.NoError(t, l.Shutdown(context.Background()))
	for g := range counts {
		require.Equal(t, each, counts[g])
	}
	require.ErrorIs(t, l.Submit(func(*goja.Runtime) error { return nil }), ErrClosed)
}

func TestBoundedQueueShedsAndLosesNothingAccepted(t *testing.T) {
	l, err := New(WithQueueLimit(10))
	require.NoError(t, err)
	var ran atomic.Int64
	accepted, shed := 0, 0
	for i := 0; i < 100; i++ {
		switch err := l.Submit(func(*goja.Runtime) error { ran.Add(1); return nil }); {
		case err == nil:
			accepted++
		case errors.Is(err, ErrQueueFull):
			shed++
		default:
			t.Fatal(err)
		}
	}
	require.Equal(t, 10, accepted)
	require.Equal(t, 90, shed)
	require.NoError(t, l.Run(context.Background()))
	require.EqualValues(t, accepted, ran.Load())
}

func TestSubmitWaitBlocksUntilThereIsRoom(t *testing.T) {
	l, err := New(WithQueueLimit(2))
	require.NoError(t, err)
	require.NoError(t, l.Start())
	var ran atomic.Int64
	for i := 0; i < 1000; i++ {
		require.NoError(t, l.SubmitWait(context.Background(), func(*goja.Runtime) error { ran.Add(1); return nil }))
	}
	require.NoError(t, l.Shutdown(context.Background()))
	require.EqualValues(t, 1000, ran.Load())

	full, err := New(WithQueueLimit(1))
	require.NoError(t, err)
	require.NoError(t, full.Submit(func(*goja.Runtime) error { return nil }))
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("gave up waiting")
	cancel(cause)
	require.ErrorIs(t, full.SubmitWait(ctx, func(*goja.Runtime) error { return nil }), cause)
}

func TestShutdownLetsPendingWorkFinish(t *testing.T) {
	h := newHarness(t)
	l := h.loop
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`setTimeout(() => log('timer ran'), 50)`)
		return err
	}))
	require.NoError(t, l.Start())
	require.NoError(t, l.Shutdown(context.Background()))
	require.Equal(t, []string{"timer ran"}, h.log)
}

func TestShutdownReportsWhatItAbandoned(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	hooked := make(chan struct{})
	l.OnShutdown(func() { close(hooked) })
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		l.NewTimer(Callback{}, time.Hour, false, "setTimeout")
		l.Hold() // Go work that never completes
		return nil
	}))
	require.NoError(t, l.Start())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err = l.Shutdown(ctx)
	var ab *AbandonedError
	require.ErrorAs(t, err, &ab)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Equal(t, 1, ab.Timers)
	require.Len(t, ab.Holds, 1)
	require.Contains(t, ab.Holds[0], "lifecycle_test.go:")
	require.Contains(t, err.Error(), "abandoned 1 timer, 1 pending Go operation")
	<-hooked
	require.ErrorIs(t, l.Wait(), ErrClosed)
}

func TestShutdownInterruptsARunawayScript(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`while (true) {}`)
		return err
	}))
	require.NoError(t, l.Start())
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var ab *AbandonedError
	require.ErrorAs(t, l.Shutdown(ctx), &ab)
}

func TestStopEndsAStartedLoopAtOnce(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	require.NoError(t, l.Start())
	require.ErrorIs(t, l.Start(), ErrRunning)
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		l.NewTimer(Callback{}, time.Hour, false, "setTimeout")
		return nil
	}))
	require.NoError(t, l.Stop())
	require.NoError(t, l.Stop(), "a second Stop is harmless")
	require.ErrorIs(t, l.Wait(), ErrClosed)
	require.ErrorIs(t, l.Submit(func(*goja.Runtime) error { return nil }), ErrClosed)
	require.ErrorIs(t, l.Context().Err(), context.Canceled)
}

func TestInterruptStopsOnlyTheRunningTask(t *testing.T) {
	var reported []error
	var mu sync.Mutex
	l, err := New(WithErrorHandler(func(err error) { mu.Lock(); reported = append(reported, err); mu.Unlock() }))
	require.NoError(t, err)
	require.NoError(t, l.Start())
	started := make(chan struct{})
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		close(started)
		_, err := rt.RunString(`while (true) {}`)
		return err
	}))
	<-started
	time.Sleep(10 * time.Millisecond) // let the script spin
	l.Interrupt("too slow")
	v, err := l.RunScript(context.Background(), "after.js", `6 * 7`)
	require.NoError(t, err, "the loop is still usable")
	require.EqualValues(t, 42, v)
	require.NoError(t, l.Shutdown(context.Background()))
	mu.Lock()
	defer mu.Unlock()
	require.Len(t, reported, 1)
	var ie *InterruptError
	require.ErrorAs(t, reported[0], &ie)
	require.Equal(t, "too slow", ie.Reason)
}

func TestErrorHandlerKeepsTheLoopGoing(t *testing.T) {
	var reported []string
	h := newHarness(t, WithErrorHandler(func(err error) { reported = append(reported, err.Error()) }))
	h.expect(`
		setTimeout(() => { throw new Error('first'); }, 1);
		Promise.reject(new Error('second'));
		setTimeout(() => log('still running'), 5);`, "still running")
	require.Equal(t, []string{"unhandled rejection: Error: second", "uncaught exception: Error: first"}, reported)
}

func TestRunScriptAndCallReturnResults(t *testing.T) {
	h := newHarness(t)
	l := h.loop
	require.NoError(t, l.Start())
	ctx := context.Background()

	v, err := l.RunScript(ctx, "sum.js", `[1, 2, 3].reduce((a, b) => a + b)`)
	require.NoError(t, err)
	require.EqualValues(t, 6, v)

	v, err = l.RunScript(ctx, "later.js", `new Promise((resolve) => setTimeout(() => resolve('later'), 10))`)
	require.NoError(t, err)
	require.Equal(t, "later", v)

	_, err = l.RunScript(ctx, "throws.js", `throw new TypeError('bad')`)
	var je *JSError
	require.ErrorAs(t, err, &je)
	require.Equal(t, "TypeError: bad", je.Message)

	_, err = l.RunScript(ctx, "rejects.js", `Promise.reject(new RangeError('no'))`)
	require.ErrorAs(t, err, &je)
	require.Equal(t, "RangeError: no", je.Message)

	got := make(chan goja.Value, 1) // a JS function value, obtained on the loop
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		v, err := rt.RunString(`(x) => Promise.resolve(x * 2)`)
		got <- v
		return err
	}))
	v, err = l.Call(ctx, <-got, 21)
	require.NoError(t, err)
	require.EqualValues(t, 42, v)

	_, err = l.RunScript(ctx, "syntax.js", `this is not js`)
	require.Error(t, err)
	require.NoError(t, l.Shutdown(ctx), "a syntax error from RunScript goes to the caller, not the loop")
	_, err = l.RunScript(ctx, "closed.js", `1`)
	require.ErrorIs(t, err, ErrClosed)
}

func TestAGoErrorThroughJSKeepsItsIdentity(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	sentinel := errors.New("disk full")
	require.NoError(t, l.Runtime().Set("save", func() error { return sentinel }))
	require.NoError(t, l.Start())
	defer l.Stop()
	_, err = l.RunScript(context.Background(), "save.js", `save()`)
	var je *JSError
	require.ErrorAs(t, err, &je)
	require.ErrorIs(t, err, sentinel, "the Go error that became a JS GoError comes back")
	_, err = l.RunScript(context.Background(), "rethrow.js", `(async () => { try { save() } catch (e) { await null; throw e; } })()`)
	require.ErrorIs(t, err, sentinel, "also through a rejection")
}
