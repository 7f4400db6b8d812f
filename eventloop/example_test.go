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
