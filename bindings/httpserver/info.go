package httpserver

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/dynprops"
)

// handlerInfo is the second argument of a serve() handler (Deno's ServeHandlerInfo:
// remoteAddr and completed, accessors of its prototype in serve.js) and, in JS, the
// handle of its exchange. It is a goja dynamic object rather than a class instance,
// which would cost goja a dozen allocations per request; it lives inside its exchange.
// Only the loop goroutine touches it.
type handlerInfo struct {
	dynprops.Props // the properties a script adds (never symbols: goja's dynamic objects have none)
	ex             *exchange
	remote         goja.Value // info.remoteAddr, made on first use
	completed      goja.Value // info.completed, made on first use
}

// newInfo makes the JS object of ex's handlerInfo, with the prototype serve.js gave.
func (m *Module) newInfo(ex *exchange) *goja.Object {
	ex.info.ex = ex
	o := m.rt.NewDynamicObject(&ex.info)
	if m.infoProto != nil {
		_ = o.SetPrototype(m.infoProto)
	}
	return o
}

// jsRemoteInfo is native.remoteInfo(info): info.remoteAddr, { transport: 'tcp',
// hostname, port }, the same object each time.
func (m *Module) jsRemoteInfo(c goja.FunctionCall) goja.Value {
	i, _ := c.Argument(0).Export().(*handlerInfo)
	if i == nil {
		return goja.Undefined()
	}
	if i.remote == nil {
		host, port := i.ex.remoteAddr()
		o := m.rt.NewObject()
		_ = o.Set("transport", "tcp")
		_ = o.Set("hostname", host)
		_ = o.Set("port", port)
		i.remote = o
	}
	return i.remote
}

// jsInfoCompleted is native.infoCompleted(info): info.completed, the same promise each
// time (see jsCompleted).
func (m *Module) jsInfoCompleted(c goja.FunctionCall) goja.Value {
	i, _ := c.Argument(0).Export().(*handlerInfo)
	if i == nil {
		return goja.Undefined()
	}
	if i.completed == nil {
		i.completed = m.completed(i.ex)
	}
	return i.completed
}
