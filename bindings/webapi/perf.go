package webapi

import (
	"github.com/dop251/goja"
)

func (w *Web) perfNatives(set func(string, int, func(goja.FunctionCall) goja.Value)) {
	set("now", 0, func(goja.FunctionCall) goja.Value {
		return w.rt.ToValue(w.Now())
	})
	_ = w.internal.Set("timeOrigin", float64(w.opts.TimeOrigin.UnixNano())/1e6)
	set("eventLoopUtilization", 0, func(goja.FunctionCall) goja.Value {
		if w.opts.EventLoopUtilization != nil {
			if fn := w.opts.EventLoopUtilization(); fn != nil {
				if _, ok := goja.AssertFunction(fn); ok {
					return fn
				}
			}
		}
		return goja.Undefined()
	})
}

// Now is performance.now(): milliseconds since the time origin, with microsecond
// resolution.
func (w *Web) Now() float64 {
	return float64(w.opts.Now().Nanoseconds()/1e3) / 1e3
}

// TimeOrigin is performance.timeOrigin in milliseconds since the Unix epoch.
func (w *Web) TimeOrigin() float64 {
	return float64(w.opts.TimeOrigin.UnixNano()) / 1e6
}
