package bindings

import (
	"io"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/inspect"
)

// installConsole: temporary minimal console until the console package lands.
func (h *Host) installConsole() {
	c := h.rt.NewObject()
	printer := func(w io.Writer) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			_, _ = io.WriteString(w, inspect.Format(h.rt, call.Arguments)+"\n")
			return goja.Undefined()
		}
	}
	for _, n := range []string{"log", "info", "debug"} {
		_ = c.Set(n, printer(h.stdout))
	}
	for _, n := range []string{"error", "warn", "trace"} {
		_ = c.Set(n, printer(h.stderr))
	}
	h.setGlobal("console", c)
	h.registerModule("console", func(*goja.Runtime, *goja.Object) goja.Value { return c })
}
