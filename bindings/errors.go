package bindings

import (
	"strings"

	"github.com/dop251/goja"
)

// newError makes a JS error of the named constructor ("TypeError", "RangeError" …) with
// a Node-style code property, for a Go binding to throw with panic.
func (h *Host) newError(ctorName, code, msg string) *goja.Object {
	var obj *goja.Object
	if ctor, ok := h.rt.Get(ctorName).(*goja.Object); ok {
		obj, _ = h.rt.New(ctor, h.rt.ToValue(msg))
	}
	if obj == nil {
		obj = h.rt.NewTypeError(msg)
	}
	if code != "" {
		_ = obj.Set("code", code)
	}
	return obj
}

func (h *Host) newTypeError(code, msg string) *goja.Object {
	return h.newError("TypeError", code, msg)
}

// invalidArgType is Node's ERR_INVALID_ARG_TYPE.
func (h *Host) invalidArgType(name, expected string, actual goja.Value) *goja.Object {
	what := "argument"
	if strings.Contains(name, ".") {
		what = "property"
	}
	return h.newTypeError("ERR_INVALID_ARG_TYPE",
		"The \""+name+"\" "+what+" must be of type "+expected+". Received "+describeReceived(actual))
}

// describeReceived is how Node's error messages show the value they got.
func describeReceived(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			if name := obj.Get("name"); name != nil && name.String() != "" {
				return "function " + name.String()
			}
			return "function "
		}
		if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
			if name := ctor.Get("name"); name != nil && name.String() != "" {
				return "an instance of " + name.String()
			}
		}
		return "[object Object]"
	}
	s := v.String()
	switch v.ExportType().Kind().String() {
	case "string":
		if len(s) > 25 {
			s = s[:25] + "..."
		}
		return "type string ('" + s + "')"
	case "bool":
		return "type boolean (" + s + ")"
	case "int64", "float64":
		return "type number (" + s + ")"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "type symbol (" + s + ")"
	}
	return "type " + strings.ToLower(v.ExportType().Kind().String()) + " (" + s + ")"
}
