package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/httpserver"
)

// installHTTP registers jsloop:http (serve, the shape of Deno.serve) and the server
// half of Node's http module (package httpserver). Both are built on first require and
// share one httpserver.Module, which hands requests the fetch bindings' Request and
// Response; listening needs net permission.
func (h *Host) installHTTP() {
	var server *httpserver.Module
	module := func() *httpserver.Module {
		if server == nil {
			server = httpserver.New(h.loop, httpserver.Options{Policy: h.opts.Permissions, Fetch: h.fetch,
				Require: h.requireBuiltin, Group: h.opts.HTTPGroup})
		}
		return server
	}
	h.registerModule("jsloop:http", func(*goja.Runtime, *goja.Object) goja.Value { return module().Serve() })
	h.registerModule("http", func(*goja.Runtime, *goja.Object) goja.Value { return module().NodeHTTP() })
}

// SetHTTPGroup makes the HTTP servers this loop starts from now on share their
// listeners with the other loops of g (Options.HTTPGroup, given after Install). Call
// it before the script runs, on the goroutine that runs the loop.
func (h *Host) SetHTTPGroup(g *httpserver.Group) { h.opts.HTTPGroup = g }
