// Package gojaimpl tells what kind of goja object a value is where goja has no public
// API for it (WeakMap, ArrayBuffer, DataView, generator objects, async functions …):
// util.inspect and structuredClone both need to know.
package gojaimpl

import (
	"reflect"

	"github.com/dop251/goja"
)

// TypeName returns the Go type name of o's internal implementation (for example
// "*goja.mapObject"), the dynamic type of goja's unexported Object.self field, read by
// reflection. Only the type is inspected; no unexported value is ever accessed. It
// returns "" if goja's layout changes, and callers then fall back to ClassName() and
// ExportType(). Safe on any goroutine: it reads no JS state.
func TypeName(o *goja.Object) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return ""
	}
	v = v.Elem()
	if v.Kind() != reflect.Struct {
		return ""
	}
	f := v.FieldByName("self")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return ""
	}
	return f.Elem().Type().String()
}

// TypedArrayType returns the Go type name of a typed array's element implementation
// (for example "*goja.int32Array" or "*goja.uint8ClampedArray"), read like TypeName:
// the dynamic type of the typedArray field of goja's typedArrayObject, never its
// value. It returns "" when o is not a typed array or goja's layout changes. Atomics
// needs it to tell Uint8Array from Uint8ClampedArray, which export the same slice type.
func TypedArrayType(o *goja.Object) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return ""
	}
	self := v.Elem().FieldByName("self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return ""
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer || impl.IsNil() || impl.Elem().Kind() != reflect.Struct {
		return ""
	}
	f := impl.Elem().FieldByName("typedArray")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return ""
	}
	return f.Elem().Type().String()
}
