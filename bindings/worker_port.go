package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/bindings/worker"
)

// MessagePorts: the JS MessagePort class lives in js/worker_threads.js; each instance
// wraps a handle made here over a worker.Port. The JS side hands its hooks to init
// once: makePort(handle) builds a MessagePort around a handle, deliver(port, value)
// emits a message on it and closed(port) its 'close'. Everything here runs on the
// loop goroutine of the Host.

// portHooks are the functions js/worker_threads.js gave to init.
type portHooks struct {
	makePort, deliver, closed goja.Callable
}

// newPort wraps p, attached to this Host's loop, in a JS MessagePort.
func (wh *workerHost) newPort(p *worker.Port) *goja.Object {
	h := wh.h
	handle := h.rt.NewObject()
	h.defineMethods(handle, map[string]func(goja.FunctionCall) goja.Value{
		"post": func(c goja.FunctionCall) goja.Value {
			m := wh.serialize(c.Argument(0), c.Argument(1))
			_ = p.Post(m) // a message to a closed port is dropped, as in Node
			return goja.Undefined()
		},
		"start": func(goja.FunctionCall) goja.Value { p.Start(); return goja.Undefined() },
		"ref":   func(goja.FunctionCall) goja.Value { p.SetRef(true); return goja.Undefined() },
		"unref": func(goja.FunctionCall) goja.Value { p.SetRef(false); return goja.Undefined() },
		"hasRef": func(goja.FunctionCall) goja.Value {
			return h.rt.ToValue(p.Refed())
		},
		"close": func(goja.FunctionCall) goja.Value { p.Close(); return goja.Undefined() },
		"receive": func(goja.FunctionCall) goja.Value {
			m, ok := p.Receive()
			if !ok {
				return goja.Undefined()
			}
			out := h.rt.NewObject()
			_ = out.Set("message", h.web.Deserialize(m, wh))
			return out
		},
	})
	obj := wh.call(wh.hooks.makePort, handle).(*goja.Object)
	wh.ports[obj] = p
	_ = p.Attach(h.loop, worker.Receiver{
		Message: func(rt *goja.Runtime, m *webapi.Message) error {
			v, err := wh.deserialize(m)
			if err != nil {
				return err
			}
			_, err = wh.hooks.deliver(goja.Undefined(), obj, v)
			return err
		},
		Close: func(rt *goja.Runtime) error {
			delete(wh.ports, obj)
			_, err := wh.hooks.closed(goja.Undefined(), obj)
			return err
		},
	})
	return obj
}

// deserialize rebuilds m, turning a panic (a JS exception thrown while rebuilding)
// into an error for the loop.
func (wh *workerHost) deserialize(m *webapi.Message) (v goja.Value, err error) {
	if ex := wh.h.rt.Try(func() { v = wh.h.web.Deserialize(m, wh) }); ex != nil {
		return nil, ex
	}
	return v, nil
}

// serialize is postMessage's copy of value. transfer is undefined, an iterable of
// transferables, or an object whose transfer property is one (Node accepts both).
func (wh *workerHost) serialize(value, transfer goja.Value) *webapi.Message {
	return wh.h.web.Serialize(value, wh.transferList(transfer), wh)
}

func (wh *workerHost) transferList(v goja.Value) []*goja.Object {
	if goja.IsNull(v) {
		return nil
	}
	if o, ok := v.(*goja.Object); ok {
		if _, iterable := goja.AssertFunction(o.GetSymbol(goja.SymIterator)); !iterable {
			v = o.Get("transfer") // postMessage(value, { transfer })
		}
	}
	return wh.h.web.TransferList(v)
}

// Transferable, Take and Make make MessagePorts travel in messages (webapi.TransferHost).

// Transferable reports whether o is a MessagePort of this Host.
func (wh *workerHost) Transferable(o *goja.Object) bool {
	_, ok := wh.ports[o]
	return ok
}

// Take detaches a transferred port from this loop; the message carries its worker.Port.
func (wh *workerHost) Take(o *goja.Object) any {
	p := wh.ports[o]
	delete(wh.ports, o)
	p.Detach()
	wh.call(wh.hooks.closed, o, wh.h.rt.ToValue(true)) // detached: unusable here, no 'close' event
	return p
}

// Make builds the receiving side's MessagePort for a transferred port.
func (wh *workerHost) Make(v any) goja.Value {
	p, ok := v.(*worker.Port)
	if !ok {
		return goja.Undefined()
	}
	return wh.newPort(p)
}

// call calls a JS hook and rethrows its exception.
func (wh *workerHost) call(fn goja.Callable, args ...goja.Value) goja.Value {
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}
