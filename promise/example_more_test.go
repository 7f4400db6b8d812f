package promise_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/promise"
)

// A Future is settled once, from any goroutine; later attempts change nothing.
func ExampleNew() {
	f := promise.New[string]()
	go func() {
		f.Resolve("first")
		f.Resolve("second") // ignored: a future keeps its first outcome
	}()
	fmt.Println(f.Await(context.Background()))
	// Output: first <nil>
}

// Then transforms a value (thenApply); an error skips it and travels on.
func ExampleThen() {
	ctx := context.Background()
	price := promise.Resolved(12.5)
	withTax := promise.Then(price, func(p float64) (float64, error) { return p * 1.2, nil })
	fmt.Println(withTax.Await(ctx))

	missing := promise.Rejected[float64](errors.New("no such product"))
	fmt.Println(promise.Then(missing, func(p float64) (float64, error) { return p * 1.2, nil }).Await(ctx))
	// Output:
	// 15 <nil>
	// 0 no such product
}

// Exceptionally rescues a failure with a fallback value (Java's exceptionally).
func ExampleExceptionally() {
	quote := promise.Rejected[string](errors.New("quote service down"))
	withFallback := promise.Exceptionally(quote, func(err error) (string, error) {
		return "price on request", nil
	})
	fmt.Println(withFallback.Await(context.Background()))
	// Output: price on request <nil>
}

// Handle sees either outcome and maps both to a new one.
func ExampleHandle() {
	ctx := context.Background()
	describe := func(n int, err error) (string, error) {
		if err != nil {
			return "failed: " + err.Error(), nil
		}
		return fmt.Sprintf("got %d", n), nil
	}
	fmt.Println(promise.Handle(promise.Resolved(3), describe).Await(ctx))
	fmt.Println(promise.Handle(promise.Rejected[int](errors.New("timeout")), describe).Await(ctx))
	// Output:
	// got 3 <nil>
	// failed: timeout <nil>
}

// WhenComplete runs a side effect (logging, releasing) and passes the outcome through.
func ExampleWhenComplete() {
	conn := promise.Go(context.Background(), func(context.Context) (string, error) { return "rows: 42", nil })
	logged := promise.WhenComplete(conn, func(v string, err error) {
		fmt.Println("query finished, error:", err)
	})
	fmt.Println(logged.Await(context.Background()))
	// Output:
	// query finished, error: <nil>
	// rows: 42 <nil>
}

// ToJS hands a Go future to a script as a promise; the loop stays alive until it
// settles, and the script's await resumes on the loop goroutine.
func ExampleToJS() {
	loop, _ := eventloop.New()
	report := promise.New[string]()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_ = rt.Set("print", func(s string) { fmt.Println(s) })
		_ = rt.Set("report", promise.ToJS(loop, report))
		_, err := rt.RunString(`report.then((r) => print('script got: ' + r))`)
		return err
	})
	go report.Resolve("quarterly totals") // settled by any goroutine, later
	_ = loop.Run(context.Background())
	// Output: script got: quarterly totals
}

// FromJS turns a JS promise into a Go future; a rejection becomes a Go error.
func ExampleFromJS() {
	loop, _ := eventloop.New()
	var ok, failed *promise.Future[int]
	_ = loop.Submit(func(rt *goja.Runtime) error {
		v, _ := rt.RunString(`Promise.resolve(6).then((n) => n * 7)`)
		ok = promise.FromJS[int](loop, v)
		v, _ = rt.RunString(`Promise.reject(new RangeError('too big'))`)
		failed = promise.FromJS[int](loop, v)
		return nil
	})
	_ = loop.Run(context.Background())
	ctx := context.Background()
	fmt.Println(ok.Await(ctx))
	_, err := failed.Await(ctx)
	var rejection *promise.RejectionError
	fmt.Println(errors.As(err, &rejection), strings.Contains(err.Error(), "too big"))
	// Output:
	// 42 <nil>
	// true true
}

// ChanFromJS feeds a JS iterable to a Go channel, one value at a time: the JS side
// produces the next value only when Go has taken the previous one.
func ExampleChanFromJS() {
	loop, _ := eventloop.New()
	loop.Start()
	ctx := context.Background()
	var ch <-chan string
	var done *promise.Future[struct{}]
	_, _ = loop.Call(ctx, loop.Runtime().ToValue(func() {
		v, _ := loop.Runtime().RunString(`['alpha', 'beta', 'gamma']`)
		ch, done = promise.ChanFromJS[string](loop, ctx, v)
	}))
	for s := range ch {
		fmt.Println("Go received", s)
	}
	_, err := done.Await(ctx)
	fmt.Println("iteration ended:", err)
	_ = loop.Shutdown(ctx)
	// Output:
	// Go received alpha
	// Go received beta
	// Go received gamma
	// iteration ended: <nil>
}

// AsyncFunc reads the JS arguments on the loop, then does the work on its own goroutine.
func ExampleAsyncFunc() {
	loop, _ := eventloop.New()
	rt := loop.Runtime()
	_ = rt.Set("print", func(s string) { fmt.Println(s) })
	_ = rt.Set("shout", promise.AsyncFunc(loop, func(call goja.FunctionCall) (promise.Work[string], error) {
		text := call.Argument(0).String() // JS values are read here, on the loop goroutine
		return func(ctx context.Context) (string, error) {
			return strings.ToUpper(text) + "!", nil // runs on its own goroutine
		}, nil
	}, promise.WithName("shout")))
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`shout('hello').then(print)`)
		return err
	})
	_ = loop.Run(context.Background())
	// Output: HELLO!
}
