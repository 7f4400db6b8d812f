package eventloop

import "github.com/dop251/goja"

// A Go error that crosses into JS as an Error object keeps the Go error under a
// registered symbol, so that when the JS value comes back to Go (a rejection awaited by
// a Go caller, a thrown error reported as uncaught), errors.Is and errors.As still see
// the original. Scripts see an empty object there.

// goErrorKey names the registered symbol, Symbol.for(goErrorKey).
const goErrorKey = "jsloop.goError"

type goErrorBox struct{ err error }

// AttachGoError records err on the JS object obj (usually an Error made from it).
// Must be called on the loop goroutine.
func AttachGoError(rt *goja.Runtime, obj *goja.Object, err error) {
	if sym := goErrorSymbol(rt); sym != nil {
		_ = obj.DefineDataPropertySymbol(sym, rt.ToValue(goErrorBox{err}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
}

// AttachedGoError returns the Go error behind a JS value: one recorded with
// AttachGoError, or the error inside goja's own GoError wrapper; nil if none. Must be
// called on the loop goroutine.
func AttachedGoError(rt *goja.Runtime, v goja.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*goja.InterruptedError); ok {
				panic(r) // the loop is stopping: let it
			}
			err = nil // a hostile getter or proxy
		}
	}()
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if sym := goErrorSymbol(rt); sym != nil {
		if box := obj.GetSymbol(sym); box != nil {
			if b, ok := box.Export().(goErrorBox); ok {
				return b.err
			}
		}
	}
	if e, ok := obj.Export().(error); ok { // goja's GoError
		return e
	}
	if name := obj.Get("name"); name != nil && name.String() == "GoError" {
		if inner := obj.Get("value"); inner != nil {
			e, _ := inner.Export().(error)
			return e
		}
	}
	return nil
}

// goErrorSymbol returns Symbol.for(goErrorKey), or nil if a script broke Symbol.for.
func goErrorSymbol(rt *goja.Runtime) (sym *goja.Symbol) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*goja.InterruptedError); ok {
				panic(r)
			}
			sym = nil
		}
	}()
	ctor, ok := rt.Get("Symbol").(*goja.Object)
	if !ok {
		return nil
	}
	symFor, ok := goja.AssertFunction(ctor.Get("for"))
	if !ok {
		return nil
	}
	v, err := symFor(ctor, rt.ToValue(goErrorKey))
	if err != nil {
		return nil
	}
	sym, _ = v.(*goja.Symbol)
	return sym
}
