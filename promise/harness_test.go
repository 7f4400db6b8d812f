package promise

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// checkLeaks fails the test if, shortly after it ends, more goroutines run than at its
// start. Tests using it must not run in parallel.
func checkLeaks(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(3 * time.Second)
		for {
			n := runtime.NumGoroutine()
			if n <= before {
				return
			}
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<20)
				buf = buf[:runtime.Stack(buf, true)]
				t.Fatalf("goroutine leak: %d before, %d after\n%s", before, n, buf)
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// jsHarness is a loop with a virtual clock and the few globals the tests need, made
// from the eventloop API: log(...values), setTimeout(fn, ms), and Symbol.asyncIterator
// (a new symbol, as the bindings install it, since bare goja has none).
type jsHarness struct {
	t    *testing.T
	loop *eventloop.Loop
	rt   *goja.Runtime
	mu   sync.Mutex
	logs []string
}

func newJS(t *testing.T) *jsHarness {
	t.Helper()
	loop, err := eventloop.New(eventloop.WithClock(eventloop.NewVirtualClock()))
	require.NoError(t, err)
	h := &jsHarness{t: t, loop: loop, rt: loop.Runtime()}
	rt := h.rt
	set := func(name string, v any) { require.NoError(t, rt.Set(name, v)) }
	set("log", func(c goja.FunctionCall) goja.Value {
		parts := make([]string, len(c.Arguments))
		for i, a := range c.Arguments {
			parts[i] = a.String()
		}
		h.mu.Lock()
		h.logs = append(h.logs, strings.Join(parts, " "))
		h.mu.Unlock()
		return goja.Undefined()
	})
	set("setTimeout", func(c goja.FunctionCall) goja.Value {
		cb, ok := eventloop.JSCallback(c.Argument(0), nil, nil)
		if !ok {
			panic(rt.NewTypeError("callback is not a function"))
		}
		loop.NewTimer(cb, time.Duration(c.Argument(1).ToInteger())*time.Millisecond, false, "setTimeout")
		return goja.Undefined()
	})
	symbol := rt.Get("Symbol").(*goja.Object)
	if v := symbol.Get("asyncIterator"); v == nil || goja.IsUndefined(v) {
		require.NoError(t, symbol.DefineDataProperty("asyncIterator", goja.NewSymbol("Symbol.asyncIterator"),
			goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	}
	return h
}

func (h *jsHarness) set(name string, v any) { require.NoError(h.t, h.rt.Set(name, v)) }

// submit queues Go work on the loop and fails the test if the loop is closed.
func (h *jsHarness) submit(fn func(rt *goja.Runtime) error) {
	h.t.Helper()
	require.NoError(h.t, h.loop.Submit(fn))
}

// script queues src as a script.
func (h *jsHarness) script(src string) {
	h.t.Helper()
	h.submit(func(rt *goja.Runtime) error {
		_, err := rt.RunScript("test.js", src)
		return err
	})
}

// run runs the loop (10 s at most) and returns Run's result.
func (h *jsHarness) run() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return h.loop.Run(ctx)
}

// runAsync runs the loop on another goroutine; the channel yields Run's result.
func (h *jsHarness) runAsync(ctx context.Context) <-chan error {
	res := make(chan error, 1)
	go func() { res <- h.loop.Run(ctx) }()
	return res
}

func (h *jsHarness) log() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.logs...)
}

func (h *jsHarness) logf(format string, args ...any) {
	h.mu.Lock()
	h.logs = append(h.logs, fmt.Sprintf(format, args...))
	h.mu.Unlock()
}

// expect runs src and compares the log with want, one entry per line.
func (h *jsHarness) expect(src, want string) {
	h.t.Helper()
	h.script(src)
	require.NoError(h.t, h.run())
	require.Equal(h.t, strings.Split(strings.TrimSpace(want), "\n"), h.log())
}

var errAwaitTimeout = errors.New("test: future did not settle in time")

// await waits for f with a generous bound.
func await[T any](t *testing.T, f *Future[T]) (T, error) {
	t.Helper()
	ctx, cancel := context.WithTimeoutCause(context.Background(), 5*time.Second, errAwaitTimeout)
	defer cancel()
	v, err := f.Await(ctx)
	require.NotErrorIs(t, err, errAwaitTimeout)
	return v, err
}

// requireSettled checks that f has settled right now.
func requireSettled[T any](t *testing.T, f *Future[T]) {
	t.Helper()
	select {
	case <-f.Done():
	default:
		t.Fatal("future is still pending")
	}
}

// requirePending checks that f has not settled.
func requirePending[T any](t *testing.T, f *Future[T]) {
	t.Helper()
	_, err := f.Result()
	require.ErrorIs(t, err, ErrPending)
}
