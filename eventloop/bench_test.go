package eventloop

import (
	"context"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// benchLoop runs setup (JS) as the entry point of a fresh loop b.N-sized work each.
func benchLoop(b *testing.B, src string) {
	b.Helper()
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	rt := l.Runtime()
	cb := func(c goja.FunctionCall, first int) Callback {
		callback, _ := JSCallback(c.Argument(0), nil, append([]goja.Value(nil), c.Arguments[min(first, len(c.Arguments)):]...))
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
}

func BenchmarkTimerFire(b *testing.B) {
	benchLoop(b, `let n = 0; function f() { n++ } for (let i = 0; i < N; i++) setTimeout(f, 1);`)
}

func BenchmarkImmediateChain(b *testing.B) {
	benchLoop(b, `let n = 0; function f() { if (++n < N) setImmediate(f) } setImmediate(f);`)
}

func BenchmarkNextTick(b *testing.B) {
	benchLoop(b, `let n = 0; function f() { n++ } for (let i = 0; i < N; i++) nextTick(f);`)
}

func BenchmarkQueueMicrotask(b *testing.B) {
	benchLoop(b, `let n = 0; function f() { n++ } for (let i = 0; i < N; i++) queueMicrotask(f);`)
}

// BenchmarkSubmit is the throughput of Submit from one goroutine while the loop runs
// the functions.
func BenchmarkSubmit(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	if err := l.Start(); err != nil {
		b.Fatal(err)
	}
	n := 0
	task := func(*goja.Runtime) error { n++; return nil }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := l.Submit(task); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Shutdown(context.Background()); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSubmitRoundTrip hands a function to the loop and waits for it to answer: the
// path of a Go caller using the loop, to compare with BenchmarkChannelRoundTrip.
func BenchmarkSubmitRoundTrip(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	if err := l.Start(); err != nil {
		b.Fatal(err)
	}
	reply := make(chan struct{}, 1)
	task := func(*goja.Runtime) error { reply <- struct{}{}; return nil }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := l.Submit(task); err != nil {
			b.Fatal(err)
		}
		<-reply
	}
	b.StopTimer()
	_ = l.Shutdown(context.Background())
}

// BenchmarkChannelRoundTrip is the yardstick for BenchmarkSubmitRoundTrip: a buffered
// channel send to a goroutine that runs the function and answers on another channel.
func BenchmarkChannelRoundTrip(b *testing.B) {
	requests := make(chan func(), 1024)
	reply := make(chan struct{}, 1)
	go func() {
		for fn := range requests {
			fn()
		}
	}()
	fn := func() { reply <- struct{}{} }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		requests <- fn
		<-reply
	}
	b.StopTimer()
	close(requests)
}

// BenchmarkChannelSend is the yardstick for Submit: a buffered channel send to a
// goroutine that receives.
func BenchmarkChannelSend(b *testing.B) {
	ch := make(chan func(), 1024)
	done := make(chan struct{})
	go func() {
		for fn := range ch {
			fn()
		}
		close(done)
	}()
	n := 0
	fn := func() { n++ }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ch <- fn
	}
	close(ch)
	<-done
}
