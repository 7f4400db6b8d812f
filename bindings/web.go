package bindings

import "github.com/dop251/goja"

// webGlobals are the classes of internal/abort that Node exposes as globals; they are
// compiled on first use.
var webGlobals = []string{"AbortController", "AbortSignal", "EventTarget", "Event", "CustomEvent", "DOMException"}

func (h *Host) installWeb() {
	for _, name := range webGlobals {
		name := name
		h.lazyGlobal(name, func() goja.Value {
			return h.requireBuiltin("internal/abort").ToObject(h.rt).Get(name)
		})
	}
}
