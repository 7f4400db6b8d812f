package eventloop_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// A Ref keeps a loop alive while Go holds a resource the script may still use (an open
// server, a subscription); releasing it lets the loop end once nothing else is left.
func ExampleLoop_Ref() {
	loop, _ := eventloop.New()
	ref := loop.Ref() // held: Run will not return while it is
	go func() {
		time.Sleep(10 * time.Millisecond) // the resource is used for a while
		_ = loop.Submit(func(rt *goja.Runtime) error {
			fmt.Println("last message delivered")
			ref.Unref() // idempotent: a second Unref changes nothing
			ref.Unref()
			return nil
		})
	}()
	_ = loop.Run(context.Background())
	fmt.Println("loop ended; held:", ref.Held())
	// Output:
	// last message delivered
	// loop ended; held: false
}

// RunScript runs a script on a started loop from any goroutine and returns its value;
// a returned promise is awaited, a thrown error comes back as a *JSError.
func ExampleLoop_RunScript() {
	loop, _ := eventloop.New()
	loop.Start()
	ctx := context.Background()

	v, err := loop.RunScript(ctx, "sum.js", `Promise.resolve([1, 2, 3].reduce((a, b) => a + b))`)
	fmt.Println(v, err)

	_, err = loop.RunScript(ctx, "bad.js", `null.x`)
	fmt.Println(err != nil)

	_ = loop.Shutdown(ctx)
	// Output:
	// 6 <nil>
	// true
}

// RunFile is RunScript with a file's contents.
func ExampleLoop_RunFile() {
	dir, _ := os.MkdirTemp("", "jsloop-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "greet.js")
	_ = os.WriteFile(path, []byte(`'hello from ' + 'a file'`), 0o644)

	loop, _ := eventloop.New()
	loop.Start()
	v, err := loop.RunFile(context.Background(), path)
	fmt.Println(v, err)
	_ = loop.Shutdown(context.Background())
	// Output: hello from a file <nil>
}

// printTracer prints the steps of the tasks a loop runs.
type printTracer struct{}

func (printTracer) Trace(e eventloop.TraceEvent) {
	fmt.Printf("task %d %s %s (queued by %q)\n", e.Task, e.Kind, e.Queue, e.Origin.API)
}

// A Tracer sees every task queued, started and finished, with the queue it waited in
// and the API that queued it: what `jsloop --trace` prints. Here Go work started on
// the loop (HoldFor) completes as an io task.
func ExampleWithTracer() {
	loop, _ := eventloop.New(eventloop.WithTracer(printTracer{}))
	_ = loop.Submit(func(rt *goja.Runtime) error {
		complete := loop.HoldFor("lookup")
		go func() {
			_ = complete(func(rt *goja.Runtime) error {
				fmt.Println("lookup done")
				return nil
			})
		}()
		return nil
	})
	_ = loop.Run(context.Background())
	// Output:
	// task 1 queued io (queued by "lookup")
	// task 1 started io (queued by "lookup")
	// lookup done
	// task 1 finished io (queued by "lookup")
}

// A Source is how Go work that JS set up (a server, a subscription) hands the loop its
// tasks from other goroutines: a tracer sees each as an io task whose origin is the
// JS call that set the work up.
func ExampleLoop_NewSource() {
	loop, _ := eventloop.New(eventloop.WithTracer(printTracer{}))
	keep := loop.Ref() // a source does not keep the loop alive: the work's owner does
	_ = loop.Runtime().Set("subscribe", func() {
		src := loop.NewSource("subscription")
		go func() {
			for i := 1; i <= 2; i++ {
				_ = src.Submit(func(rt *goja.Runtime) error {
					fmt.Println("event", i)
					if i == 2 {
						keep.Unref()
					}
					return nil
				})
			}
		}()
	})
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString("subscribe()")
		return err
	})
	_ = loop.Run(context.Background())
	// Output:
	// task 1 queued io (queued by "subscription")
	// task 1 started io (queued by "subscription")
	// event 1
	// task 1 finished io (queued by "subscription")
	// task 2 queued io (queued by "subscription")
	// task 2 started io (queued by "subscription")
	// event 2
	// task 2 finished io (queued by "subscription")
}

// A Go function that blocks while JS waits for it (a lock, a queue) gives way to
// Interrupt by selecting on Interrupted, as goja gives way between two instructions.
func ExampleLoop_Interrupted() {
	loop, _ := eventloop.New(eventloop.WithErrorHandler(func(err error) { fmt.Println("reported:", err) }))
	never := make(chan struct{})
	blocked := make(chan struct{})
	_ = loop.Runtime().Set("takeLock", func() string {
		close(blocked)
		select {
		case <-never:
			return "locked"
		case <-loop.Interrupted():
			return "gave way"
		}
	})
	_ = loop.Start()
	_ = loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`takeLock()`)
		return err
	})
	<-blocked
	loop.Interrupt("shutting down")
	v, _ := loop.RunScript(context.Background(), "next.js", `'still serving'`)
	fmt.Println(v)
	_ = loop.Shutdown(context.Background())
	// Output:
	// reported: eventloop: interrupted: shutting down
	// still serving
}
