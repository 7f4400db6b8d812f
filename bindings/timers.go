package bindings

import (
	"math"
	"strconv"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/dynprops"
	"github.com/jsloop/jsloop/eventloop"
)

// timers installs setTimeout, setInterval, setImmediate, their clear* functions and
// the Timeout and Immediate handle objects, as Node's lib/timers.js has them.
type timers struct {
	h              *Host
	timeoutProto   *goja.Object
	immediateProto *goja.Object
	byID           map[int64]*timeoutHandle // timers whose id was read via Symbol.toPrimitive
	lastID         int64
	exports        *goja.Object
}

// timeoutHandle is the Go side of a JS Timeout object; the object is a goja dynamic
// object whose own properties live in props.
type timeoutHandle struct {
	dynprops.Props
	t  *eventloop.Timer
	id int64
}

// immediateHandle is the Go side of a JS Immediate object.
type immediateHandle struct {
	dynprops.Props
	im *eventloop.Immediate
}

func (h *Host) installTimers() {
	rt := h.rt
	tm := &timers{h: h}
	h.timers = tm

	tm.timeoutProto = rt.NewObject()
	h.defineMethods(tm.timeoutProto, map[string]func(goja.FunctionCall) goja.Value{
		"ref":     func(c goja.FunctionCall) goja.Value { tm.timeoutThis(c, "ref").t.Ref(); return c.This },
		"unref":   func(c goja.FunctionCall) goja.Value { tm.timeoutThis(c, "unref").t.Unref(); return c.This },
		"hasRef":  func(c goja.FunctionCall) goja.Value { return rt.ToValue(tm.timeoutThis(c, "hasRef").t.HasRef()) },
		"refresh": func(c goja.FunctionCall) goja.Value { tm.timeoutThis(c, "refresh").t.Refresh(); return c.This },
		"close": func(c goja.FunctionCall) goja.Value {
			tm.clear(tm.timeoutThis(c, "close"))
			return c.This
		},
	})
	_ = tm.timeoutProto.SetSymbol(goja.SymToPrimitive, h.function("[Symbol.toPrimitive]", 0, func(c goja.FunctionCall) goja.Value {
		th := tm.timeoutThis(c, "[Symbol.toPrimitive]")
		if th.id == 0 {
			tm.lastID++
			th.id = tm.lastID
			if tm.byID == nil {
				tm.byID = make(map[int64]*timeoutHandle)
			}
			tm.byID[th.id] = th
		}
		return rt.ToValue(th.id)
	}))
	h.setConstructorName(tm.timeoutProto, "Timeout")

	tm.immediateProto = rt.NewObject()
	h.defineMethods(tm.immediateProto, map[string]func(goja.FunctionCall) goja.Value{
		"ref":    func(c goja.FunctionCall) goja.Value { tm.immediateThis(c, "ref").im.Ref(); return c.This },
		"unref":  func(c goja.FunctionCall) goja.Value { tm.immediateThis(c, "unref").im.Unref(); return c.This },
		"hasRef": func(c goja.FunctionCall) goja.Value { return rt.ToValue(tm.immediateThis(c, "hasRef").im.HasRef()) },
	})
	h.setConstructorName(tm.immediateProto, "Immediate")

	exports := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		v := h.function(name, 1, fn)
		_ = exports.Set(name, v)
		h.setGlobal(name, v)
	}
	set("setTimeout", func(c goja.FunctionCall) goja.Value { return tm.schedule(c, false) })
	set("setInterval", func(c goja.FunctionCall) goja.Value { return tm.schedule(c, true) })
	set("clearTimeout", tm.clearTimer)
	set("clearInterval", tm.clearTimer)
	set("setImmediate", tm.setImmediate)
	set("clearImmediate", tm.clearImmediate)
	tm.exports = exports
	_ = exports.DefineAccessorProperty("promises", h.function("get promises", 0, func(goja.FunctionCall) goja.Value {
		return h.requireBuiltin("timers/promises")
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	h.registerModule("timers", func(*goja.Runtime, *goja.Object) goja.Value { return exports })
}

// schedule is setTimeout and setInterval.
func (tm *timers) schedule(c goja.FunctionCall, repeat bool) goja.Value {
	h := tm.h
	api := "setTimeout"
	if repeat {
		api = "setInterval"
	}
	delay := tm.coerceDelay(c.Argument(1))
	th := &timeoutHandle{}
	obj := h.rt.NewDynamicObject(th)
	_ = obj.SetPrototype(tm.timeoutProto)
	cb := h.callback(c.Argument(0), obj, c.Arguments, 2)
	th.t = h.loop.NewTimer(cb, time.Duration(delay)*time.Millisecond, repeat, api)
	th.t.SetUserData(obj)
	return obj
}

// coerceDelay is Node's: Number(delay), and anything outside [1, 2^31-1] (NaN,
// undefined, null, 0, negatives) becomes 1; above the maximum a TimeoutOverflowWarning
// is emitted. Fractions are truncated.
func (tm *timers) coerceDelay(v goja.Value) int64 {
	d := math.NaN()
	if v != nil && !goja.IsUndefined(v) {
		d = v.ToFloat()
	}
	if !(d >= 1 && d <= eventloop.MaxTimerDelay) {
		if d > eventloop.MaxTimerDelay {
			tm.h.emitWarning(tm.h.rt.ToValue(d).String()+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning", "")
		}
		d = 1
	}
	return int64(d)
}

func (tm *timers) timeoutThis(c goja.FunctionCall, method string) *timeoutHandle {
	if obj, ok := c.This.(*goja.Object); ok {
		if th, ok := obj.Export().(*timeoutHandle); ok {
			return th
		}
	}
	panic(tm.h.newTypeError("ERR_INVALID_THIS", "Value of \"this\" must be of type Timeout (in Timeout.prototype."+method+")"))
}

func (tm *timers) immediateThis(c goja.FunctionCall, method string) *immediateHandle {
	if obj, ok := c.This.(*goja.Object); ok {
		if ih, ok := obj.Export().(*immediateHandle); ok {
			return ih
		}
	}
	panic(tm.h.newTypeError("ERR_INVALID_THIS", "Value of \"this\" must be of type Immediate (in Immediate.prototype."+method+")"))
}

// clearTimer is clearTimeout and clearInterval: one operation, silent on anything that
// is not a live timer. Numbers and numeric strings name timers by their primitive id.
func (tm *timers) clearTimer(c goja.FunctionCall) goja.Value {
	v := c.Argument(0)
	switch x := v.(type) {
	case *goja.Object:
		if th, ok := x.Export().(*timeoutHandle); ok {
			tm.clear(th)
		}
	default:
		if goja.IsUndefined(v) || goja.IsNull(v) || tm.byID == nil {
			break
		}
		if id, err := strconv.ParseInt(v.String(), 10, 64); err == nil {
			if th := tm.byID[id]; th != nil {
				tm.clear(th)
			}
		}
	}
	return goja.Undefined()
}

func (tm *timers) clear(th *timeoutHandle) {
	th.t.Stop()
	if th.id != 0 {
		delete(tm.byID, th.id)
	}
}

func (tm *timers) setImmediate(c goja.FunctionCall) goja.Value {
	h := tm.h
	ih := &immediateHandle{}
	obj := h.rt.NewDynamicObject(ih)
	_ = obj.SetPrototype(tm.immediateProto)
	cb := h.callback(c.Argument(0), obj, c.Arguments, 1)
	ih.im = h.loop.SetImmediate(cb, "setImmediate")
	return obj
}

func (tm *timers) clearImmediate(c goja.FunctionCall) goja.Value {
	if obj, ok := c.Argument(0).(*goja.Object); ok {
		if ih, ok := obj.Export().(*immediateHandle); ok {
			ih.im.Clear()
		}
	}
	return goja.Undefined()
}
