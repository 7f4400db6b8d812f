package bindings_test

import (
	"context"
	"fmt"
	"os"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/promise"
)

// Install gives a loop Node's globals; Eval (like node -e) or RunMain (a file) is the
// entry point to Submit before Run.
func ExampleInstall() {
	loop, _ := eventloop.New()
	host, err := bindings.Install(loop, bindings.Options{Stdout: os.Stdout})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = loop.Submit(host.Eval("[example]", `
		const { setTimeout: sleep } = require('timers/promises');
		(async () => {
			await sleep(10);
			console.log('after sleep');
		})();
		setImmediate(() => console.log('immediate'));
		process.nextTick(() => console.log('tick'));
		console.log('sync');
	`, false))
	fmt.Println("run:", loop.Run(context.Background()))
	// Output:
	// sync
	// tick
	// immediate
	// after sleep
	// run: <nil>
}

// process.exitCode and process.exit end Run with an *eventloop.ExitError.
func ExampleInstall_exitCode() {
	loop, _ := eventloop.New()
	host, _ := bindings.Install(loop, bindings.Options{Stdout: os.Stdout})
	_ = loop.Submit(host.Eval("[example]", `process.on('exit', (code) => console.log('exit', code)); process.exitCode = 3;`, false))
	err := loop.Run(context.Background())
	fmt.Println(err)
	// Output:
	// exit 3
	// exit code 3
}

// Embedding in ten lines: a loop with Node's globals, a Go function the script can
// await, the script's result back in Go, and a graceful shutdown.
func ExampleInstaller() {
	ctx := context.Background()
	loop, _ := eventloop.New(eventloop.WithInstaller(bindings.Installer(bindings.Options{Stdout: os.Stdout}, nil)))
	_ = loop.Runtime().Set("lookupPrice", promise.Async1(loop, func(ctx context.Context, item string) (float64, error) {
		return map[string]float64{"tea": 3.5, "cake": 4.25}[item], nil // Go work, on its own goroutine
	}))
	_ = loop.Start()
	total, err := loop.RunScript(ctx, "order.js", `(async () => {
		const prices = await Promise.all(['tea', 'cake'].map(lookupPrice));
		console.log('prices', prices);
		return prices.reduce((a, b) => a + b);
	})()`)
	fmt.Println(total, err, loop.Shutdown(ctx))
	// Output:
	// prices [ 3.5, 4.25 ]
	// 7.75 <nil> <nil>
}
