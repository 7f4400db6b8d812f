package bindings_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// Every loop with the bindings can start workers: each is a loop of its own, on its own
// goroutine, installed with the same Options. Entry decides how a worker's file runs
// (here: its code is logged, then run as CommonJS, as it would be with Entry nil).
func ExampleOptions_entry() {
	dir, _ := os.MkdirTemp("", "worker-example")
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "double.js")
	_ = os.WriteFile(file, []byte(`
		const { parentPort } = require('worker_threads');
		parentPort.on('message', (n) => { parentPort.postMessage(n * 2); parentPort.close(); });
	`), 0o644)

	entry := func(h *bindings.Host, filename string) (eventloop.Task, error) {
		run := h.RunMain(filename)
		return func(rt *goja.Runtime) error {
			fmt.Println("worker runs", filepath.Base(filename))
			return run(rt)
		}, nil
	}
	loop, _ := eventloop.New()
	host, err := bindings.Install(loop, bindings.Options{Stdout: os.Stdout, Entry: entry})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = loop.Submit(host.Eval("[example]", `
		const { Worker } = require('worker_threads');
		const w = new Worker(`+fmt.Sprintf("%q", file)+`);
		w.on('message', (n) => console.log('doubled:', n));
		w.on('exit', (code) => console.log('exit code', code));
		w.postMessage(21);
	`, false))
	fmt.Println("run:", loop.Run(context.Background()))
	// Output:
	// worker runs double.js
	// doubled: 42
	// exit code 0
	// run: <nil>
}
