package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/console"
)

// installConsole installs the global console and require('console'); it shares the
// util module's Inspector, so util.inspect.defaultOptions also shape console.log.
func (h *Host) installConsole() {
	c := console.New(h.rt, console.Options{Stdout: h.stdout, Stderr: h.stderr, Now: h.loop.Now, Inspector: h.inspector})
	ctor := h.rt.ToValue(h.newConsole).ToObject(h.rt)
	_ = ctor.DefineDataProperty("name", h.rt.ToValue("Console"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = c.DefineDataProperty("Console", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	h.setGlobal("console", c)
	h.registerModule("console", func(*goja.Runtime, *goja.Object) goja.Value { return c })
}

// newConsole is new Console(stdout[, stderr]) or new Console({ stdout, stderr }):
// a console writing to JS streams (anything with a write method).
func (h *Host) newConsole(call goja.ConstructorCall) *goja.Object {
	first, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(h.invalidArgType("stdout", call.Argument(0), "object"))
	}
	stdout, stderr := goja.Value(first), call.Argument(1)
	if w := first.Get("write"); w == nil || goja.IsUndefined(w) {
		stdout, stderr = first.Get("stdout"), first.Get("stderr")
	}
	out := h.streamWriter("stdout", stdout)
	errW := out
	if stderr != nil && !goja.IsUndefined(stderr) {
		errW = h.streamWriter("stderr", stderr)
	}
	return console.New(h.rt, console.Options{Stdout: out, Stderr: errW, Now: h.loop.Now, Inspector: h.inspector})
}

// jsWriter writes to a JS stream by calling its write method with a string.
type jsWriter struct {
	rt     *goja.Runtime
	stream *goja.Object
	write  goja.Callable
}

func (w jsWriter) Write(p []byte) (int, error) {
	if _, err := w.write(w.stream, w.rt.ToValue(string(p))); err != nil {
		panic(err) // rethrow what the stream threw
	}
	return len(p), nil
}

func (h *Host) streamWriter(name string, v goja.Value) jsWriter {
	obj, ok := v.(*goja.Object)
	if ok {
		if write, ok := goja.AssertFunction(obj.Get("write")); ok {
			return jsWriter{rt: h.rt, stream: obj, write: write}
		}
	}
	panic(h.newTypeError("ERR_CONSOLE_WRITABLE_STREAM", "Console expects a writable stream instance for "+name))
}
