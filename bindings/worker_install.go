package bindings

import (
	"runtime"
	"sort"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/worker"
)

// workerHost is a Host's share of workers and MessagePorts: the Go natives behind
// js/worker_threads.js (the built-in module 'internal/worker'), the MessagePorts of
// this runtime, and, in a worker, what it knows about being one. On the loop goroutine.
type workerHost struct {
	h          *Host
	ctx        *workerContext // nil on the main thread
	binding    *goja.Object
	hooks      portHooks
	ports      map[*goja.Object]*worker.Port
	parentPort goja.Value // made on first use
	data       goja.Value // workerData, rebuilt on first use
}

// installWorkers registers worker_threads (js/worker_threads.js over the natives
// here) and the web Worker global; both are built on first use.
func (h *Host) installWorkers() {
	wh := &workerHost{h: h, ctx: h.opts.worker, ports: make(map[*goja.Object]*worker.Port)}
	h.workers = wh
	h.registerModule("internal/worker", func(*goja.Runtime, *goja.Object) goja.Value { return wh.natives() })
	h.lazyGlobal("Worker", func() goja.Value {
		h.requireBuiltin("worker_threads")
		return wh.natives().Get("WebWorker")
	})
}

// natives is the object js/worker_threads.js requires as 'internal/worker'.
func (wh *workerHost) natives() *goja.Object {
	if wh.binding != nil {
		return wh.binding
	}
	h, rt := wh.h, wh.h.rt
	b := rt.NewObject()
	wh.binding = b
	_ = b.Set("isMainThread", wh.ctx == nil)
	_ = b.Set("cpus", runtime.NumCPU()) // WorkerPool's default size
	if wh.ctx != nil {
		_ = b.Set("threadId", wh.ctx.id)
		_ = b.Set("isWeb", wh.ctx.spec.web)
		_ = b.Set("name", wh.ctx.spec.name)
	} else {
		_ = b.Set("threadId", 0)
		_ = b.Set("isWeb", false)
		_ = b.Set("name", "")
	}
	h.defineMethods(b, map[string]func(goja.FunctionCall) goja.Value{
		"init": func(c goja.FunctionCall) goja.Value {
			o := c.Argument(0).ToObject(rt)
			for name, dst := range map[string]*goja.Callable{"makePort": &wh.hooks.makePort,
				"deliver": &wh.hooks.deliver, "closed": &wh.hooks.closed} {
				fn, ok := goja.AssertFunction(o.Get(name))
				if !ok {
					panic(rt.NewTypeError("worker_threads: missing hook " + name))
				}
				*dst = fn
			}
			return goja.Undefined()
		},
		"workerData": func(goja.FunctionCall) goja.Value { return wh.workerData() },
		"parentPort": func(goja.FunctionCall) goja.Value { return wh.parentPortObject() },
		"spawn":      wh.spawnJS,
		"channel": func(goja.FunctionCall) goja.Value {
			a, b := worker.NewChannel()
			return rt.NewArray(wh.newPort(a), wh.newPort(b))
		},
	})
	return b
}

// workerData is the worker's copy of the workerData option (null on the main thread).
func (wh *workerHost) workerData() goja.Value {
	if wh.data != nil {
		return wh.data
	}
	wh.data = goja.Null()
	if wh.ctx != nil && wh.ctx.spec.data != nil {
		wh.data = wh.h.web.Deserialize(wh.ctx.spec.data, wh)
	}
	return wh.data
}

// parentPortObject is the worker's MessagePort to its parent (null on the main thread).
func (wh *workerHost) parentPortObject() goja.Value {
	if wh.parentPort != nil {
		return wh.parentPort
	}
	wh.parentPort = goja.Null()
	if wh.ctx != nil {
		wh.parentPort = wh.newPort(wh.ctx.port)
	}
	return wh.parentPort
}

// spawnJS is spawn(spec, onEvent) for js/worker_threads.js, which has validated spec:
// { filename, eval, web, name, argv: string[], env: object, workerData, transferList }.
// It returns { threadId, port, terminate(), ref(), unref(), hasRef() }.
func (wh *workerHost) spawnJS(c goja.FunctionCall) goja.Value {
	h, rt := wh.h, wh.h.rt
	o := c.Argument(0).ToObject(rt)
	onEvent, ok := goja.AssertFunction(c.Argument(1))
	if !ok {
		panic(h.invalidArgType("onEvent", c.Argument(1), "function"))
	}
	spec := workerSpec{
		filename: o.Get("filename").String(),
		eval:     o.Get("eval").ToBoolean(),
		web:      o.Get("web").ToBoolean(),
		name:     o.Get("name").String(),
	}
	if !spec.eval {
		if err := h.policy().CheckRead(spec.filename); err != nil {
			panic(h.permissionDenied(err))
		}
	}
	if argv, ok := o.Get("argv").(*goja.Object); ok {
		rt.ForOf(argv, func(v goja.Value) bool { spec.argv = append(spec.argv, v.String()); return true })
	}
	if env, ok := o.Get("env").(*goja.Object); ok {
		keys := env.Keys()
		sort.Strings(keys)
		spec.env = []string{}
		for _, k := range keys {
			spec.env = append(spec.env, k+"="+env.Get(k).String())
		}
	}
	spec.data = wh.serialize(o.Get("workerData"), o.Get("transferList"))
	t, port := wh.spawn(spec, onEvent)
	handle := rt.NewObject()
	_ = handle.Set("threadId", t.id)
	_ = handle.Set("port", port)
	h.defineMethods(handle, map[string]func(goja.FunctionCall) goja.Value{
		"terminate": func(goja.FunctionCall) goja.Value { t.terminate(); return goja.Undefined() },
		"ref": func(goja.FunctionCall) goja.Value {
			if !t.exited {
				t.keep.Ref()
			}
			return goja.Undefined()
		},
		"unref":  func(goja.FunctionCall) goja.Value { t.keep.Unref(); return goja.Undefined() },
		"hasRef": func(goja.FunctionCall) goja.Value { return rt.ToValue(t.keep.Held()) },
	})
	return handle
}

// installWebGlobals makes a web Worker's globals (self, postMessage, onmessage, close)
// before its script runs. On the worker's loop goroutine.
func (wh *workerHost) installWebGlobals() {
	wh.h.requireBuiltin("worker_threads")
	if fn, ok := goja.AssertFunction(wh.natives().Get("setupWebGlobals")); ok {
		if _, err := fn(goja.Undefined()); err != nil {
			panic(err)
		}
	}
}
