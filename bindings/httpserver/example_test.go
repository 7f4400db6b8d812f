package httpserver_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/httpserver"
	"github.com/jsloop/jsloop/eventloop"
)

// A Go program embeds a loop whose script serves HTTP with jsloop:http, calls it, and
// shuts the loop down: Shutdown stops the server gracefully (requests in flight are
// answered) and Run returns.
func Example() {
	var host *bindings.Host
	loop, _ := eventloop.New(eventloop.WithInstaller(bindings.Installer(bindings.Options{}, &host)))
	ports := make(chan int64, 1)
	_ = loop.Submit(func(rt *goja.Runtime) error {
		return rt.Set("listening", func(port int64) { ports <- port })
	})
	_ = loop.Submit(host.Eval("server.js", `
		const { serve } = require('jsloop:http');
		serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => listening(port) },
			(req) => new Response('hello from ' + req.method + ' ' + new URL(req.url).pathname));
	`, false))
	done := make(chan error, 1)
	go func() { done <- loop.Run(context.Background()) }()

	res, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/plugin", <-ports))
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Println(res.StatusCode, string(body))

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fmt.Println("shutdown:", loop.Shutdown(ctx))
	fmt.Println("run:", <-done)
	// Output:
	// 200 hello from GET /plugin
	// shutdown: <nil>
	// run: <nil>
}

// Loops given the same Group share their listeners: the servers they start on one
// host:port (here port 0, the first server of each loop) accept from one socket, and
// each request goes to the loop with the fewest requests in flight.
func ExampleNewGroup() {
	group := httpserver.NewGroup()
	ports := make(chan int64, 2)
	var loops []*eventloop.Loop
	for i := range 2 {
		var host *bindings.Host
		loop, _ := eventloop.New(eventloop.WithInstaller(bindings.Installer(bindings.Options{HTTPGroup: group}, &host)))
		_ = loop.Submit(func(rt *goja.Runtime) error {
			return rt.Set("listening", func(port int64) { ports <- port })
		})
		_ = loop.Submit(host.Eval("server.js", fmt.Sprintf(`
			require('jsloop:http').serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => listening(port) },
				() => new Response('loop %d'));
		`, i), false))
		go func() { _ = loop.Run(context.Background()) }()
		loops = append(loops, loop)
	}
	a, b := <-ports, <-ports
	fmt.Println("same port:", a == b)
	for _, loop := range loops {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		fmt.Println("shutdown:", loop.Shutdown(ctx))
		cancel()
	}
	// Output:
	// same port: true
	// shutdown: <nil>
	// shutdown: <nil>
}
