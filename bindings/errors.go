package bindings

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/inspect"
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

// nodeTypes are the names Node's ERR_INVALID_ARG_TYPE lists as "of type …"; other
// capitalised names are classes ("an instance of …").
var nodeTypes = map[string]bool{"string": true, "function": true, "number": true, "object": true,
	"boolean": true, "bigint": true, "symbol": true}

// invalidArgType is Node's ERR_INVALID_ARG_TYPE: expected lists type names ("string")
// and class names ("Array"), in Node's order.
func (h *Host) invalidArgType(name string, actual goja.Value, expected ...string) *goja.Object {
	var b strings.Builder
	b.WriteString("The ")
	if strings.HasSuffix(name, " argument") {
		b.WriteString(name + " ")
	} else if strings.Contains(name, ".") {
		b.WriteString("\"" + name + "\" property ")
	} else {
		b.WriteString("\"" + name + "\" argument ")
	}
	b.WriteString("must be ")
	var types, instances []string
	for _, e := range expected {
		if nodeTypes[strings.ToLower(e)] && (e == strings.ToLower(e) || e == "Function" || e == "Object") {
			types = append(types, strings.ToLower(e))
		} else {
			instances = append(instances, e)
		}
	}
	if len(instances) > 0 {
		for i, t := range types {
			if t == "object" {
				types = append(types[:i], types[i+1:]...)
				instances = append(instances, "Object")
				break
			}
		}
	}
	b.WriteString(listPhrase("of type ", "one of type ", types))
	if len(types) > 0 && len(instances) > 0 {
		b.WriteString(" or ")
	}
	b.WriteString(listPhrase("an instance of ", "an instance of ", instances))
	b.WriteString(". Received " + h.received(actual))
	return h.newTypeError("ERR_INVALID_ARG_TYPE", b.String())
}

// listPhrase is how Node lists expected types: "of type a", "one of type a or b",
// "one of type a, b, or c" ("" for none).
func listPhrase(one, many string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return one + items[0]
	case 2:
		return many + items[0] + " or " + items[1]
	}
	return many + strings.Join(items[:len(items)-1], ", ") + ", or " + items[len(items)-1]
}

// received is Node's determineSpecificType: how error messages show the value they got.
func (h *Host) received(v goja.Value) string {
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
		} else {
			if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
				if name := ctor.Get("name"); name != nil && name.String() != "" {
					return "an instance of " + name.String()
				}
			}
			opts := inspect.DefaultOptions()
			opts.Depth = 0
			return h.inspector.Inspect(v, opts)
		}
	}
	shown := h.inspector.Inspect(v, inspect.DefaultOptions())
	if len(shown) > 28 {
		shown = shown[:25] + "..."
	}
	return "type " + typeOf(v) + " (" + shown + ")"
}

// typeOf is JS typeof.
func typeOf(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "object"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			return "function"
		}
		return "object"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	switch v.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	return "bigint"
}
