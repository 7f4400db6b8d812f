package promise

import (
	"context"
	"testing"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// A Go future resolves a JS promise, whose reaction hands the value back to Go: Go →
// loop → JS → Go, one full round trip per iteration.
func BenchmarkToJSRoundTrip(b *testing.B) {
	loop, err := eventloop.New()
	if err != nil {
		b.Fatal(err)
	}
	keep := loop.Ref()
	result := make(chan error, 1)
	go func() { result <- loop.Run(context.Background()) }()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f := New[int]()
		back := make(chan *Future[int], 1)
		if err := loop.Submit(func(rt *goja.Runtime) error {
			back <- FromJS[int](loop, rt.ToValue(ToJS(loop, f)))
			return nil
		}); err != nil {
			b.Fatal(err)
		}
		f.Resolve(i)
		v, err := (<-back).Await(ctx)
		if err != nil || v != i {
			b.Fatalf("got %d, %v; want %d", v, err, i)
		}
	}
	b.StopTimer()
	keep.Unref()
	if err := <-result; err != nil {
		b.Fatal(err)
	}
}

// The async-function path: JS calls a Go function, which runs on its own goroutine
// and settles the promise back on the loop.
func BenchmarkAsyncCall(b *testing.B) {
	loop, err := eventloop.New()
	if err != nil {
		b.Fatal(err)
	}
	rt := loop.Runtime()
	_ = rt.Set("double", Async1(loop, func(_ context.Context, n int) (int, error) { return 2 * n, nil }))
	n := b.N
	var got *Future[int]
	_ = loop.Submit(func(rt *goja.Runtime) error {
		v, err := rt.RunString(`(async (n) => { let s = 0; for (let i = 0; i < n; i++) s += await double(1); return s; })`)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		p, err := fn(goja.Undefined(), rt.ToValue(n))
		if err != nil {
			return err
		}
		got = FromJS[int](loop, p)
		return nil
	})
	b.ReportAllocs()
	b.ResetTimer()
	if err := loop.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	if v, err := got.Result(); err != nil || v != 2*n {
		b.Fatalf("got %d, %v; want %d", v, err, 2*n)
	}
}

// All over 10,000 futures resolved in order.
func BenchmarkAll10000(b *testing.B) {
	const n = 10000
	ctx := context.Background()
	fs := make([]*Future[int], n)
	b.ReportAllocs()
	for b.Loop() {
		for i := range fs {
			fs[i] = New[int]()
		}
		all := All(ctx, fs...)
		for i, f := range fs {
			f.Resolve(i)
		}
		if v, err := all.Result(); err != nil || len(v) != n {
			b.Fatal(err)
		}
	}
}

// All over 10,000 futures resolved concurrently from 8 goroutines.
func BenchmarkAll10000Concurrent(b *testing.B) {
	const n, workers = 10000, 8
	ctx := context.Background()
	fs := make([]*Future[int], n)
	b.ReportAllocs()
	for b.Loop() {
		for i := range fs {
			fs[i] = New[int]()
		}
		all := All(ctx, fs...)
		for w := range workers {
			go func() {
				for i := w; i < n; i += workers {
					fs[i].Resolve(i)
				}
			}()
		}
		if v, err := all.Await(ctx); err != nil || len(v) != n {
			b.Fatal(err)
		}
	}
}

// Settling one future with one callback: the cost floor of everything else.
func BenchmarkResolveThen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		f := New[int]()
		g := Then(f, func(v int) (int, error) { return v + 1, nil })
		f.Resolve(1)
		if _, err := g.Result(); err != nil {
			b.Fatal(err)
		}
	}
}
