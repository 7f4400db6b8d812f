package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/perfhooks"
	"github.com/jsloop/jsloop/bindings/webapi"
)

// installWebAPI defines structuredClone, TextEncoder, TextDecoder, atob, btoa,
// performance (with marks and measures), crypto and URL/URLSearchParams (package
// webapi; each is built on first use) and the modules crypto, url and perf_hooks.
func (h *Host) installWebAPI() {
	h.web = webapi.Install(h.rt, webapi.Options{
		Now: h.now,
		DOMException: func() goja.Value {
			return h.requireBuiltin("internal/abort").ToObject(h.rt).Get("DOMException")
		},
		Require: h.requireBuiltin,
		EventLoopUtilization: func() goja.Value {
			holder := h.rt.NewObject()
			perfhooks.EventLoopUtilization(h.rt, h.loop, holder)
			return holder.Get("eventLoopUtilization")
		},
		SharedArrayBuffer: func(data []byte) goja.Value { return h.shared.Wrap(data) },
	}, h.lazyGlobal)
	for _, name := range webapi.Modules {
		name := name
		h.registerModule(name, func(*goja.Runtime, *goja.Object) goja.Value {
			v, _ := h.web.Require(name)
			return v
		})
	}
	h.registerModule("perf_hooks", func(rt *goja.Runtime, _ *goja.Object) goja.Value {
		perf, _ := h.web.Global("performance").(*goja.Object)
		exports := perfhooks.Module(rt, h.loop, perf)
		timeline, _ := h.web.Require("perf_hooks")
		for _, k := range []string{"Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure"} {
			_ = exports.Set(k, timeline.ToObject(rt).Get(k))
		}
		return exports
	})
}
