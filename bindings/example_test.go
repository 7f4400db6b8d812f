package bindings_test

import (
	"context"
	"fmt"
	"os"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
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
