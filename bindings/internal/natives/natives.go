// Package natives builds the objects of Go functions that the JavaScript halves of the
// bindings call (fetch.js's native, the HTTP server's). Call it on the loop goroutine.
package natives

import "github.com/dop251/goja"

// Func is a Go function JS calls.
type Func = func(goja.FunctionCall) goja.Value

// Object returns a new object and the function that adds a Go function to it under
// name, with its JS name set to name as well (so stacks show "send", not the Go name).
func Object(rt *goja.Runtime) (*goja.Object, func(name string, fn Func)) {
	o := rt.NewObject()
	return o, func(name string, fn Func) {
		f := rt.ToValue(fn).(*goja.Object)
		_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = o.Set(name, f)
	}
}
