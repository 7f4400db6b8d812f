package httpserver_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/httpserver"
)

// BenchmarkServeHello measures what one hello-world request costs a server beyond
// net/http's network work: admission, the hand-over to the loop, the handler's objects
// (serve()'s Request and Response, or Node's IncomingMessage and ServerResponse), and
// the response back on the request's goroutine. Requests come from 64 goroutines at
// once, as from 64 keep-alive clients, and are handed to the listener's handler
// directly, without a socket. The command runs scripts with a larger GC target than
// the test binary's (see cmd/jsloop/gctune.go): GOGC=800 comes closer to it.
func BenchmarkServeHello(b *testing.B) {
	b.Run("serve", func(b *testing.B) {
		benchHello(b, `
			const { serve } = require('jsloop:http');
			serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) },
				() => new Response('Hello, world!'));
		`)
	})
	b.Run("node", func(b *testing.B) {
		benchHello(b, `
			const http = require('http');
			const server = http.createServer((req, res) => {
				res.setHeader('content-type', 'text/plain;charset=UTF-8');
				res.end('Hello, world!');
			});
			server.listen(0, '127.0.0.1', () => report(server.address().port));
		`)
	})
}

func benchHello(b *testing.B, script string) {
	g := httpserver.NewGroup()
	r := start(b, script, runOptions{group: g})
	r.report(b)
	h := httpserver.GroupHandler(g, "127.0.0.1:0", 0)
	require.NotNil(b, h)
	b.SetParallelism(32) // 64 clients on the 2 cores of the CI machine
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1/", nil)
		for pb.Next() {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != http.StatusOK || w.Body.String() != "Hello, world!" {
				b.Errorf("got %d %q", w.Code, w.Body.String())
				return
			}
		}
	})
}
