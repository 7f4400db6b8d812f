package bindings

import "github.com/dop251/goja"

// webGlobals are the classes of internal/abort that Node exposes as globals; they are
// compiled on first use.
var webGlobals = []string{"AbortController", "AbortSignal", "EventTarget", "Event", "CustomEvent", "DOMException"}

// loweringKey names the hidden global through which code lowered by esbuild reaches
// jsloop's async-generator runtime (internal/asyncgen), loaded on first use.
const loweringKey = "jsloop.lowering"

func (h *Host) installWeb() {
	getter := h.function("get lowering", 0, func(goja.FunctionCall) goja.Value { return h.requireBuiltin("internal/asyncgen") })
	symbolFor, _ := goja.AssertFunction(h.rt.Get("Symbol").ToObject(h.rt).Get("for"))
	if key, err := symbolFor(goja.Undefined(), h.rt.ToValue(loweringKey)); err == nil {
		if sym, ok := key.(*goja.Symbol); ok {
			_ = h.global.DefineAccessorPropertySymbol(sym, getter, nil, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
	}
	for _, name := range webGlobals {
		name := name
		h.lazyGlobal(name, func() goja.Value {
			return h.requireBuiltin("internal/abort").ToObject(h.rt).Get(name)
		})
	}
}
