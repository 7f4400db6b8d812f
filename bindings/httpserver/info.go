package httpserver

import (
	"slices"

	"github.com/dop251/goja"
)

// handlerInfo is the second argument of a serve() handler (Deno's ServeHandlerInfo:
// remoteAddr and completed, accessors of its prototype in serve.js) and, in JS, the
// handle of its exchange. It is a goja dynamic object rather than a class instance,
// which would cost goja a dozen allocations per request; it lives inside its exchange.
// Only the loop goroutine touches it.
type handlerInfo struct {
	ex        *exchange
	remote    goja.Value // info.remoteAddr, made on first use
	completed goja.Value // info.completed, made on first use
	props     map[string]goja.Value
	keys      []string // the keys of props, in the order they were added
}

// Get, Set, Has, Delete and Keys make a handlerInfo a goja.DynamicObject: a script
// may add properties of its own (never symbols: goja's dynamic objects have none).

func (i *handlerInfo) Get(key string) goja.Value { return i.props[key] }

func (i *handlerInfo) Set(key string, v goja.Value) bool {
	if i.props == nil {
		i.props = make(map[string]goja.Value)
	}
	if _, ok := i.props[key]; !ok {
		i.keys = append(i.keys, key)
	}
	i.props[key] = v
	return true
}

func (i *handlerInfo) Has(key string) bool {
	_, ok := i.props[key]
	return ok
}

func (i *handlerInfo) Delete(key string) bool {
	if _, ok := i.props[key]; ok {
		delete(i.props, key)
		i.keys = slices.DeleteFunc(i.keys, func(k string) bool { return k == key })
	}
	return true
}

func (i *handlerInfo) Keys() []string { return slices.Clone(i.keys) }

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
