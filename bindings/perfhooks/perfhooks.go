// Package perfhooks implements Node's perf_hooks diagnostics for a jsloop loop:
// monitorEventLoopDelay (how late the loop runs a repeating probe, in an HDR
// histogram, as Node's IntervalHistogram), createHistogram (a RecordableHistogram)
// and performance.eventLoopUtilization (how much of its life the loop spent running
// callbacks rather than waiting for work).
//
// The histograms are github.com/HdrHistogram/hdrhistogram-go histograms with Node's
// geometry (3 significant figures; values in nanoseconds for the loop delay), and
// their numbers are the ones Node's HdrHistogram_c gives: min, max, mean, stddev,
// percentile(p) and the percentiles map.
//
// The loop-delay probe is an unref'd interval timer of the loop: it runs no JS, does
// not keep the loop alive (as Node's unref'd libuv timer does not), and records the
// time between two of its runs, which is the resolution plus however long the loop
// was busy when the probe fell due.
//
// Everything here runs on the loop goroutine: call Module and EventLoopUtilization
// before the loop runs or from a callback.
package perfhooks

import (
	_ "embed"
	"math"
	"math/big"
	"time"

	hdr "github.com/HdrHistogram/hdrhistogram-go"
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

//go:embed perf_hooks.js
var moduleSource string

// eldLowest is the lowest value the loop-delay histogram tells apart (1 µs), as Node's.
const eldLowest = 1000

// Module returns the exports of node:perf_hooks for the loop's runtime rt:
// monitorEventLoopDelay, createHistogram and performance (the object given, which
// should be the global performance). It gives performance an eventLoopUtilization
// method if it has none. Call it once per runtime, on the loop goroutine.
func Module(rt *goja.Runtime, loop *eventloop.Loop, performance *goja.Object) *goja.Object {
	EventLoopUtilization(rt, loop, performance)
	m := &module{rt: rt, loop: loop}
	fnV, err := rt.RunScript("node:perf_hooks", moduleSource)
	if err != nil {
		panic(err) // a constant source that compiles: only a broken build gets here
	}
	fn, _ := goja.AssertFunction(fnV)
	var perf goja.Value = goja.Undefined()
	if performance != nil {
		perf = performance
	}
	exports, err := fn(goja.Undefined(), m.natives(), perf)
	if err != nil {
		panic(err)
	}
	return exports.ToObject(rt)
}

// EventLoopUtilization gives performance (the global performance object) Node's
// eventLoopUtilization([elu1[, elu2]]) method, unless it has one: it returns
// { idle, active, utilization }, the milliseconds the loop spent waiting for work and
// running since it was created (or between two earlier readings), and the share of
// active time. It does nothing when performance is nil.
func EventLoopUtilization(rt *goja.Runtime, loop *eventloop.Loop, performance *goja.Object) {
	if performance == nil {
		return
	}
	if _, ok := goja.AssertFunction(performance.Get("eventLoopUtilization")); ok {
		return
	}
	fn := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		return eventLoopUtilization(rt, loop, c.Argument(0), c.Argument(1))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", rt.ToValue("eventLoopUtilization"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = fn.DefineDataProperty("length", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = performance.DefineDataProperty("eventLoopUtilization", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// LoopTimes returns how long loop has waited for work (idle) and run callbacks
// (active) since it was created: what eventLoopUtilization reports, as durations.
// Safe for concurrent use.
func LoopTimes(loop *eventloop.Loop) (idle, active time.Duration) {
	idle = loop.IdleTime()
	active = max(time.Since(loop.Started())-idle, 0)
	return idle, active
}

// eventLoopUtilization is Node's lib/internal/perf/event_loop_utilization.js.
func eventLoopUtilization(rt *goja.Runtime, loop *eventloop.Loop, util1, util2 goja.Value) goja.Value {
	result := func(idle, active float64) goja.Value {
		obj := rt.NewObject()
		_ = obj.Set("idle", idle)
		_ = obj.Set("active", active)
		_ = obj.Set("utilization", active/(idle+active))
		return obj
	}
	field := func(v goja.Value, name string) float64 {
		return v.ToObject(rt).Get(name).ToFloat()
	}
	if util2.ToBoolean() {
		return result(field(util1, "idle")-field(util2, "idle"), field(util1, "active")-field(util2, "active"))
	}
	idleD, activeD := LoopTimes(loop)
	idle, active := ms(idleD), ms(activeD)
	if !util1.ToBoolean() {
		return result(idle, active)
	}
	return result(idle-field(util1, "idle"), active-field(util1, "active"))
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

// module is one runtime's perf_hooks.
type module struct {
	rt   *goja.Runtime
	loop *eventloop.Loop
}

// histogram is the Go side of a JS histogram: Node's node::Histogram.
type histogram struct {
	h       *hdr.Histogram
	exceeds int64     // values that could not be recorded (out of range)
	prev    time.Time // the last recordDelta (zero: none yet)
	timer   *eventloop.Timer
}

func (h *histogram) record(v int64) {
	if v < 0 || h.h.RecordValue(v) != nil {
		h.exceeds++
	}
}

// recordDelta records the time since the previous call, as Node's RecordDelta.
func (h *histogram) recordDelta() {
	now := time.Now()
	if !h.prev.IsZero() {
		if delta := now.Sub(h.prev); delta > 0 {
			h.record(int64(delta))
		}
	}
	h.prev = now
}

func (h *histogram) reset() {
	h.h.Reset()
	h.exceeds = 0
	h.prev = time.Time{}
}

// min is HdrHistogram_c's hdr_min: INT64_MAX when empty.
func (h *histogram) min() int64 {
	if h.h.TotalCount() == 0 {
		return math.MaxInt64
	}
	return h.h.Min()
}

// max is hdr_max: 0 when empty.
func (h *histogram) max() int64 {
	if h.h.TotalCount() == 0 {
		return 0
	}
	return h.h.Max()
}

// mean is hdr_mean: the sum of the median equivalent values over the count, NaN when
// empty. The library sums in floating point; rounding the product back to the
// integer total C sums gives C's result.
func (h *histogram) mean() float64 {
	n := float64(h.h.TotalCount())
	if n == 0 {
		return math.NaN()
	}
	return math.Round(h.h.Mean()*n) / n
}

func (h *histogram) stddev() float64 {
	if h.h.TotalCount() == 0 {
		return math.NaN()
	}
	return h.h.StdDev()
}

// lowestEquivalent is the lowest value counted in the same bucket as v.
func (h *histogram) lowestEquivalent(v int64) int64 {
	lo, hi := int64(0), v
	for lo < hi {
		mid := lo + (hi-lo)/2
		if h.h.ValuesAreEquivalent(mid, v) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// percentiles walks the histogram as Node's Percentiles does (HdrHistogram_c's
// percentile iterator, one tick per half distance), each percentile with the lowest
// value of its bucket; an empty histogram gives {100 => 0}.
func (h *histogram) percentiles() (keys []float64, values []int64) {
	if h.h.TotalCount() == 0 {
		return []float64{100}, []int64{0}
	}
	for _, b := range h.h.CumulativeDistribution() {
		keys = append(keys, b.Quantile)
		values = append(values, h.lowestEquivalent(b.ValueAt))
	}
	return keys, values
}

// natives are the Go functions perf_hooks.js calls as internal.
func (m *module) natives() *goja.Object {
	rt := m.rt
	o := rt.NewObject()
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	hist := func(v goja.Value) *histogram {
		if h, ok := v.Export().(*histogram); ok {
			return h
		}
		panic(rt.NewTypeError("not a histogram"))
	}
	num := m.number
	set("newHistogram", func(c goja.FunctionCall) goja.Value {
		lowest, highest := m.int64(c.Argument(0)), m.int64(c.Argument(1))
		if highest < 0 {
			highest = math.MaxInt64
		}
		return rt.ToValue(m.newHistogram(lowest, highest, int(c.Argument(2).ToInteger())))
	})
	set("count", func(c goja.FunctionCall) goja.Value {
		return num(hist(c.Argument(0)).h.TotalCount(), c.Argument(1).ToBoolean())
	})
	set("min", func(c goja.FunctionCall) goja.Value {
		return num(hist(c.Argument(0)).min(), c.Argument(1).ToBoolean())
	})
	set("max", func(c goja.FunctionCall) goja.Value {
		return num(hist(c.Argument(0)).max(), c.Argument(1).ToBoolean())
	})
	set("exceeds", func(c goja.FunctionCall) goja.Value {
		return num(hist(c.Argument(0)).exceeds, c.Argument(1).ToBoolean())
	})
	set("mean", func(c goja.FunctionCall) goja.Value { return rt.ToValue(hist(c.Argument(0)).mean()) })
	set("stddev", func(c goja.FunctionCall) goja.Value { return rt.ToValue(hist(c.Argument(0)).stddev()) })
	set("percentile", func(c goja.FunctionCall) goja.Value {
		h := hist(c.Argument(0))
		return num(h.h.ValueAtPercentile(c.Argument(1).ToFloat()), c.Argument(2).ToBoolean())
	})
	set("percentiles", func(c goja.FunctionCall) goja.Value {
		keys, values := hist(c.Argument(0)).percentiles()
		asBig := c.Argument(1).ToBoolean()
		pairs := make([]any, 0, 2*len(keys))
		for i, k := range keys {
			pairs = append(pairs, k, num(values[i], asBig))
		}
		return rt.NewArray(pairs...)
	})
	set("reset", func(c goja.FunctionCall) goja.Value { hist(c.Argument(0)).reset(); return goja.Undefined() })
	set("record", func(c goja.FunctionCall) goja.Value {
		hist(c.Argument(0)).record(m.int64(c.Argument(1)))
		return goja.Undefined()
	})
	set("recordDelta", func(c goja.FunctionCall) goja.Value {
		hist(c.Argument(0)).recordDelta()
		return goja.Undefined()
	})
	set("add", func(c goja.FunctionCall) goja.Value {
		h, other := hist(c.Argument(0)), hist(c.Argument(1))
		h.exceeds += other.exceeds + h.h.Merge(other.h)
		return goja.Undefined()
	})
	set("start", func(c goja.FunctionCall) goja.Value {
		m.start(hist(c.Argument(0)), time.Duration(c.Argument(1).ToInteger())*time.Millisecond)
		return goja.Undefined()
	})
	set("stop", func(c goja.FunctionCall) goja.Value {
		h := hist(c.Argument(0))
		if h.timer != nil {
			h.timer.Stop()
			h.timer = nil
		}
		return goja.Undefined()
	})
	return o
}

// newHistogram makes an HDR histogram; a geometry the library rejects is a RangeError.
func (m *module) newHistogram(lowest, highest int64, figures int) (h *histogram) {
	defer func() {
		if r := recover(); r != nil {
			ctor, _ := m.rt.Get("RangeError").(*goja.Object)
			e, err := m.rt.New(ctor, m.rt.ToValue("The histogram's bounds are out of range"))
			if err != nil {
				panic(err)
			}
			panic(e)
		}
	}()
	return &histogram{h: hdr.New(lowest, highest, figures)}
}

// start arms the loop-delay probe: an unref'd interval of the loop that records the
// time between its runs. Like Node's, the first run only sets the starting point.
func (m *module) start(h *histogram, resolution time.Duration) {
	if h.timer != nil {
		return
	}
	h.timer = m.loop.NewTimer(eventloop.Callback{Go: func(*goja.Runtime) error {
		h.recordDelta()
		return nil
	}}, resolution, true, "monitorEventLoopDelay")
	h.timer.Unref()
}

// int64 converts a JS number or BigInt to int64, saturating.
func (m *module) int64(v goja.Value) int64 {
	switch x := v.Export().(type) {
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		if x.Sign() < 0 {
			return math.MinInt64
		}
		return math.MaxInt64
	case int64:
		return x
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return 0
	case f >= math.MaxInt64:
		return math.MaxInt64
	case f <= math.MinInt64:
		return math.MinInt64
	}
	return int64(f)
}

// number returns v as a JS number, or a BigInt when big is set.
func (m *module) number(v int64, asBig bool) goja.Value {
	if asBig {
		return m.rt.ToValue(big.NewInt(v))
	}
	return m.rt.ToValue(float64(v))
}
