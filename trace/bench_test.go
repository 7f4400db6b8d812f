package trace

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

type noopTracer struct{}

func (noopTracer) Trace(eventloop.TraceEvent) {}

// benchTraced runs src as the entry point of a fresh loop with b.N-sized work, with
// tracing off, with a tracer that does nothing (the loop's own cost of tracing: ids,
// source positions, the async tracker), or with a Recorder writing JSON lines to
// io.Discard (the cost of --trace=json without the disk).
func benchTraced(b *testing.B, src string) {
	for _, mode := range []string{"off", "noop", "json"} {
		b.Run(mode, func(b *testing.B) {
			var opts []eventloop.Option
			var rec *Recorder
			switch mode {
			case "noop":
				opts = append(opts, eventloop.WithTracer(noopTracer{}))
			case "json":
				rec = NewRecorder(Options{}, NewJSON(io.Discard))
				opts = append(opts, eventloop.WithTracer(rec))
			}
			l, err := eventloop.New(opts...)
			if err != nil {
				b.Fatal(err)
			}
			rt := l.Runtime()
			cb := func(c goja.FunctionCall, first int) eventloop.Callback {
				callback, _ := eventloop.JSCallback(c.Argument(0), nil, append([]goja.Value(nil), c.Arguments[min(first, len(c.Arguments)):]...))
				return callback
			}
			_ = rt.Set("N", b.N)
			_ = rt.Set("setTimeout", func(c goja.FunctionCall) goja.Value {
				return rt.ToValue(l.NewTimer(cb(c, 2), time.Duration(c.Argument(1).ToInteger())*time.Millisecond, false, "setTimeout"))
			})
			_ = rt.Set("setImmediate", func(c goja.FunctionCall) goja.Value { l.SetImmediate(cb(c, 1), "setImmediate"); return nil })
			_ = rt.Set("nextTick", func(c goja.FunctionCall) goja.Value { l.NextTick(cb(c, 1)); return nil })
			_ = rt.Set("queueMicrotask", l.QueueMicrotask())
			if err := l.Submit(func(rt *goja.Runtime) error { _, err := rt.RunString(src); return err }); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			if err := l.Run(context.Background()); err != nil {
				b.Fatal(err)
			}
			if rec != nil {
				if err := rec.Close(l.Now()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTimerFire(b *testing.B) {
	benchTraced(b, `let n = 0; function f() { n++ } for (let i = 0; i < N; i++) setTimeout(f, 1);`)
}

func BenchmarkImmediateChain(b *testing.B) {
	benchTraced(b, `let n = 0; function f() { if (++n < N) setImmediate(f) } setImmediate(f);`)
}

func BenchmarkNextTick(b *testing.B) {
	benchTraced(b, `let n = 0; function f() { n++ } for (let i = 0; i < N; i++) nextTick(f);`)
}

func BenchmarkPromiseChain(b *testing.B) {
	benchTraced(b, `let p = Promise.resolve(0); for (let i = 0; i < N; i++) p = p.then((v) => v + 1);`)
}
