package eventloop

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// harness is a loop with a virtual clock and a minimal set of globals made directly
// from the eventloop API (no bindings): log, setTimeout, setInterval, clearTimeout,
// setImmediate, clearImmediate, nextTick, queueMicrotask, and advance(ms), which stands
// for synchronous work that takes that long.
type harness struct {
	t     *testing.T
	loop  *Loop
	clock *VirtualClock
	log   []string
}

func newHarness(t *testing.T, opts ...Option) *harness {
	t.Helper()
	h := &harness{t: t, clock: NewVirtualClock()}
	l, err := New(append([]Option{WithClock(h.clock)}, opts...)...)
	require.NoError(t, err)
	h.loop = l
	rt := l.Runtime()
	set := func(name string, v any) { require.NoError(t, rt.Set(name, v)) }
	cb := func(c goja.FunctionCall, first int) Callback {
		var args []goja.Value
		if len(c.Arguments) > first {
			args = append(args, c.Arguments[first:]...)
		}
		callback, ok := JSCallback(c.Argument(0), nil, args)
		if !ok {
			panic(rt.NewTypeError("callback is not a function"))
		}
		return callback
	}
	timer := func(repeat bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			d := time.Duration(c.Argument(1).ToInteger()) * time.Millisecond
			return rt.ToValue(l.NewTimer(cb(c, 2), d, repeat, "setTimeout"))
		}
	}
	set("log", func(s string) { h.log = append(h.log, s) })
	set("setTimeout", timer(false))
	set("setInterval", timer(true))
	set("clearTimeout", func(t *Timer) {
		if t != nil {
			t.Stop()
		}
	})
	set("setImmediate", func(c goja.FunctionCall) goja.Value { return rt.ToValue(l.SetImmediate(cb(c, 1), "setImmediate")) })
	set("clearImmediate", func(im *Immediate) { im.Clear() })
	set("nextTick", func(c goja.FunctionCall) goja.Value { l.NextTick(cb(c, 1)); return goja.Undefined() })
	set("queueMicrotask", l.QueueMicrotask())
	set("advance", func(ms int64) { h.clock.Advance(time.Duration(ms) * time.Millisecond) })
	return h
}

// run runs src as the entry point and returns Run's result.
func (h *harness) run(src string) error {
	h.t.Helper()
	require.NoError(h.t, h.loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunScript("test.js", src)
		return err
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return h.loop.Run(ctx)
}

// expect runs src and checks the log, one entry per line of want.
func (h *harness) expect(src, want string) {
	h.t.Helper()
	require.NoError(h.t, h.run(src))
	require.Equal(h.t, strings.Split(strings.TrimSpace(want), "\n"), h.log)
}
