package bindings

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/sharedmem"
	"github.com/jsloop/jsloop/eventloop"
)

// installLanguage fills the gaps between goja and what scripts written for Node expect
// of the language itself: Symbol.asyncIterator, Promise.withResolvers and Promise.try,
// queueMicrotask, globalThis.global, Error.captureStackTrace, performance,
// SharedArrayBuffer and Atomics.
func (h *Host) installLanguage() {
	rt := h.rt
	h.setGlobal("global", h.global)

	symbolCtor := rt.Get("Symbol").ToObject(rt)
	if v := symbolCtor.Get("asyncIterator"); v == nil || goja.IsUndefined(v) {
		// A well-known symbol goja lacks; esbuild's lowered for-await finds it here too.
		sym := goja.NewSymbol("Symbol.asyncIterator")
		_ = symbolCtor.DefineDataProperty("asyncIterator", sym, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}

	promiseCtor := rt.Get("Promise").ToObject(rt)
	if v := promiseCtor.Get("withResolvers"); v == nil || goja.IsUndefined(v) {
		_ = promiseCtor.DefineDataProperty("withResolvers", h.function("withResolvers", 0, h.promiseWithResolvers), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if v := promiseCtor.Get("try"); v == nil || goja.IsUndefined(v) {
		_ = promiseCtor.DefineDataProperty("try", h.function("try", 1, h.promiseTry), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	for _, name := range []string{"WeakRef", "FinalizationRegistry"} {
		if v := rt.Get(name); v == nil || goja.IsUndefined(v) {
			name := name
			h.lazyGlobal(name, func() goja.Value { return h.requireBuiltin("internal/weakref").ToObject(rt).Get(name) })
		}
	}
	h.installPromiseAny()
	h.lazyGlobal("queueMicrotask", h.loop.QueueMicrotask)

	// Memory shared with workers, which goja lacks (package sharedmem).
	h.shared = sharedmem.New(h.loop)
	h.lazyGlobal("SharedArrayBuffer", h.shared.Constructor)
	h.lazyGlobal("Atomics", h.shared.Atomics)

	errorCtor := rt.Get("Error").ToObject(rt)
	if v := errorCtor.Get("captureStackTrace"); v == nil || goja.IsUndefined(v) {
		_ = errorCtor.DefineDataProperty("captureStackTrace", h.function("captureStackTrace", 2, h.captureStackTrace), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = errorCtor.Set("stackTraceLimit", 10)
	}

}

// promiseWithResolvers is Promise.withResolvers: { promise, resolve, reject }.
func (h *Host) promiseWithResolvers(c goja.FunctionCall) goja.Value {
	rt := h.rt
	var resolve, reject goja.Value
	p := h.newPromiseFrom(c.This, func(res, rej goja.Value) { resolve, reject = res, rej })
	obj := rt.NewObject()
	_ = obj.Set("promise", p)
	_ = obj.Set("resolve", resolve)
	_ = obj.Set("reject", reject)
	return obj
}

// promiseTry is Promise.try(fn, ...args): fn's result or throw as a promise.
func (h *Host) promiseTry(c goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(c.Argument(0))
	args := append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
	return h.newPromiseFrom(c.This, func(resolve, reject goja.Value) {
		res, _ := goja.AssertFunction(resolve)
		rej, _ := goja.AssertFunction(reject)
		if !ok {
			_, _ = rej(goja.Undefined(), h.newTypeError("", "Promise.try requires a function"))
			return
		}
		v, err := fn(goja.Undefined(), args...)
		var ex *goja.Exception
		switch {
		case err == nil:
			_, err = res(goja.Undefined(), v)
		case errors.As(err, &ex) && !isUncatchable(err):
			_, err = rej(goja.Undefined(), ex.Value())
		}
		if err != nil {
			panic(err)
		}
	})
}

// isUncatchable reports whether err is an interrupt or stack overflow, which must keep
// unwinding rather than become a rejection.
func isUncatchable(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &ie) || errors.As(err, &so)
}

// newPromiseFrom constructs a promise with ctor (this of a static Promise method, so
// subclasses work) and hands its resolving functions to fill.
func (h *Host) newPromiseFrom(ctor goja.Value, fill func(resolve, reject goja.Value)) *goja.Object {
	rt := h.rt
	ctorObj, ok := ctor.(*goja.Object)
	if !ok {
		panic(h.newTypeError("", "Promise static method called on a non-object"))
	}
	executor := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		fill(c.Argument(0), c.Argument(1))
		return goja.Undefined()
	})
	p, err := rt.New(ctorObj, executor)
	if err != nil {
		panic(err)
	}
	return p
}

// captureStackTrace is V8's Error.captureStackTrace(obj): obj.stack becomes the
// current stack, which libraries use to build their own error classes.
func (h *Host) captureStackTrace(c goja.FunctionCall) goja.Value {
	obj, ok := c.Argument(0).(*goja.Object)
	if !ok {
		panic(h.invalidArgType("object", c.Argument(0), "object"))
	}
	header := "Error"
	if name := obj.Get("name"); name != nil && !goja.IsUndefined(name) {
		header = name.String()
	}
	if msg := obj.Get("message"); msg != nil && !goja.IsUndefined(msg) && msg.String() != "" {
		header += ": " + msg.String()
	}
	frames := h.rt.CaptureCallStack(11, nil)
	if len(frames) > 0 {
		frames = frames[1:] // captureStackTrace itself
	}
	_ = obj.DefineDataProperty("stack", h.rt.ToValue(header+formatFrames(frames)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return goja.Undefined()
}

// formatFrames renders frames as Node's "\n    at fn (file:line:col)" lines.
func formatFrames(frames []goja.StackFrame) string {
	var b []byte
	for _, f := range frames {
		b = append(b, "\n    at "...)
		fn := f.FuncName()
		pos := f.Position()
		loc := "native"
		if src := f.SrcName(); src != "" && src != "<native>" {
			loc = pos.String()
		}
		if fn != "" {
			b = append(b, fn...)
			b = append(b, " ("...)
			b = append(b, loc...)
			b = append(b, ')')
		} else {
			b = append(b, loc...)
		}
	}
	return string(b)
}

// callbackOf makes a loop callback of a JS function already known to be callable.
func callbackOf(fn goja.Callable, args ...goja.Value) eventloop.Callback {
	return eventloop.Callback{Fn: fn, This: goja.Undefined(), Args: args}
}
