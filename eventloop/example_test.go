package eventloop_test

import (
	"context"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// A loop runs JS with Node's ordering: synchronous code, then nextTicks, then promise
// jobs, then timers. The globals here are made straight from the loop's API; the
// bindings package installs the full Node set.
func ExampleLoop_Run() {
	loop, _ := eventloop.New()
	rt := loop.Runtime()
	_ = rt.Set("print", func(s string) { fmt.Println(s) })
	_ = rt.Set("setTimeout", func(c goja.FunctionCall) goja.Value {
		cb, _ := eventloop.JSCallback(c.Argument(0), nil, nil)
		loop.NewTimer(cb, time.Duration(c.Argument(1).ToInteger())*time.Millisecond, false, "setTimeout")
		return goja.Undefined()
	})
	_ = rt.Set("nextTick", func(c goja.FunctionCall) goja.Value {
		cb, _ := eventloop.JSCallback(c.Argument(0), nil, nil)
		loop.NextTick(cb)
		return goja.Undefined()
	})
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`
			setTimeout(() => print('timer'), 0);
			Promise.resolve().then(() => print('promise'));
			nextTick(() => print('tick'));
			print('sync');`)
		return err
	})
	if err := loop.Run(context.Background()); err != nil {
		fmt.Println("error:", err)
	}
	// Output:
	// sync
	// tick
	// promise
	// timer
}

// Go work holds the loop open with Hold and hands its result back on the loop goroutine.
func ExampleLoop_Hold() {
	loop, _ := eventloop.New()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		complete := loop.Hold() // the loop will not end before complete is called
		go func() {
			answer := 6 * 7 // work done off the loop goroutine
			_ = complete(func(rt *goja.Runtime) error {
				fmt.Println("answer:", answer)
				return nil
			})
		}()
		return nil
	})
	_ = loop.Run(context.Background())
	// Output: answer: 42
}

// Submit is safe from any goroutine; after the loop has finished it reports ErrClosed.
func ExampleLoop_Submit() {
	loop, _ := eventloop.New()
	hold := loop.Ref()
	go func() {
		_ = loop.Submit(func(rt *goja.Runtime) error {
			v, err := rt.RunString(`[1, 2, 3].map((x) => x * x).join(' ')`)
			fmt.Println(v, err)
			hold.Unref()
			return nil
		})
	}()
	_ = loop.Run(context.Background())
	fmt.Println(loop.Submit(func(*goja.Runtime) error { return nil }))
	// Output:
	// 1 4 9 <nil>
	// eventloop: loop is closed
}

// An exception nobody catches ends Run with an *UncaughtError.
func ExampleUncaughtError() {
	loop, _ := eventloop.New()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`Promise.reject(new RangeError('out of range'))`)
		return err
	})
	err := loop.Run(context.Background())
	fmt.Println(err)
	// Output: unhandled rejection: RangeError: out of range
}

// A VirtualClock jumps to the next timer instead of sleeping: an hour passes at once.
func ExampleVirtualClock() {
	clock := eventloop.NewVirtualClock()
	loop, _ := eventloop.New(eventloop.WithClock(clock))
	_ = loop.Submit(func(rt *goja.Runtime) error {
		loop.NewTimer(eventloop.Callback{Go: func(*goja.Runtime) error {
			fmt.Println("an hour later:", clock.Now())
			return nil
		}}, time.Hour, false, "example")
		return nil
	})
	_ = loop.Run(context.Background())
	// Output: an hour later: 1h0m0s
}

// A started loop stays up for work from other goroutines until Shutdown, which lets
// queued work finish: the shape of a plugin host.
func ExampleLoop_Start() {
	loop, _ := eventloop.New()
	_ = loop.Start()
	ctx := context.Background()
	v, err := loop.RunScript(ctx, "plugin.js", `new Promise((resolve) => resolve('plugin ready'))`)
	fmt.Println(v, err)
	fmt.Println(loop.Shutdown(ctx))
	fmt.Println(loop.Submit(func(*goja.Runtime) error { return nil }))
	// Output:
	// plugin ready <nil>
	// <nil>
	// eventloop: loop is closed
}

// Shutdown with a context that ends first interrupts the JS and reports what it
// abandoned.
func ExampleLoop_Shutdown() {
	loop, _ := eventloop.New()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		loop.NewTimer(eventloop.Callback{}, time.Hour, false, "setTimeout")
		return nil
	})
	_ = loop.Start()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	fmt.Println(loop.Shutdown(ctx))
	// Output: eventloop: shutdown did not finish (context deadline exceeded): abandoned 1 timer
}

// SubmitWait applies backpressure: with a bounded queue it waits for room instead of
// failing with ErrQueueFull.
func ExampleLoop_SubmitWait() {
	loop, _ := eventloop.New(eventloop.WithQueueLimit(4))
	_ = loop.Start()
	sum := 0
	for i := 1; i <= 100; i++ {
		_ = loop.SubmitWait(context.Background(), func(*goja.Runtime) error { sum += i; return nil })
	}
	_ = loop.Shutdown(context.Background())
	fmt.Println(sum)
	// Output: 5050
}

// Interrupt stops a runaway task; with an error handler the loop goes on.
func ExampleLoop_Interrupt() {
	loop, _ := eventloop.New(eventloop.WithErrorHandler(func(err error) { fmt.Println("reported:", err) }))
	_ = loop.Start()
	spinning := make(chan struct{})
	_ = loop.Submit(func(rt *goja.Runtime) error {
		close(spinning)
		_, err := rt.RunString(`for (;;) {}`)
		return err
	})
	<-spinning
	time.Sleep(5 * time.Millisecond) // let it spin
	loop.Interrupt("took too long")
	v, _ := loop.RunScript(context.Background(), "next.js", `'still serving'`)
	fmt.Println(v)
	_ = loop.Shutdown(context.Background())
	// Output:
	// reported: eventloop: interrupted: took too long
	// still serving
}

// Call runs a JS function on the loop from any goroutine and awaits its promise.
func ExampleLoop_Call() {
	loop, _ := eventloop.New()
	_ = loop.Start()
	fns := make(chan goja.Value, 1)
	_ = loop.Submit(func(rt *goja.Runtime) error {
		v, err := rt.RunString(`async (a, b) => a + b`)
		fns <- v
		return err
	})
	sum, err := loop.Call(context.Background(), <-fns, 20, 22)
	fmt.Println(sum, err)
	_ = loop.Shutdown(context.Background())
	// Output: 42 <nil>
}
