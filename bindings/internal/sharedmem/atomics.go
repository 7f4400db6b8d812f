package sharedmem

import (
	"math"
	"math/big"
	"time"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/gojaimpl"
)

// Atomics returns the runtime's Atomics namespace object.
func (m *Memory) Atomics() goja.Value {
	if m.atomics != nil {
		return m.atomics
	}
	m.Constructor() // the captured helpers
	rt := m.rt
	a := rt.NewObject()
	rmw := func(name string, op func(old, v uint64) uint64) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			cl, t := m.cell(name, c.Argument(0), c.Argument(1), false)
			v, _ := m.convert(c.Argument(2), t)
			return t.value(rt, cl.update(func(old uint64) (uint64, bool) { return op(old, v), true }))
		}
	}
	fns := []struct {
		name   string
		length int
		fn     func(goja.FunctionCall) goja.Value
	}{
		{"add", 3, rmw("add", func(old, v uint64) uint64 { return old + v })},
		{"and", 3, rmw("and", func(old, v uint64) uint64 { return old & v })},
		{"compareExchange", 4, m.compareExchange},
		{"exchange", 3, rmw("exchange", func(_, v uint64) uint64 { return v })},
		{"isLockFree", 1, func(c goja.FunctionCall) goja.Value {
			switch integerBits(c.Argument(0).ToFloat()) {
			case 1, 2, 4, 8:
				return rt.ToValue(true)
			}
			return rt.ToValue(false)
		}},
		{"load", 2, func(c goja.FunctionCall) goja.Value {
			cl, t := m.cell("load", c.Argument(0), c.Argument(1), false)
			return t.value(rt, cl.load())
		}},
		{"notify", 3, m.notify},
		{"or", 3, rmw("or", func(old, v uint64) uint64 { return old | v })},
		{"store", 3, m.store},
		{"sub", 3, rmw("sub", func(old, v uint64) uint64 { return old - v })},
		{"wait", 4, m.wait},
		{"waitAsync", 4, m.waitAsync},
		{"xor", 3, rmw("xor", func(old, v uint64) uint64 { return old ^ v })},
	}
	for _, f := range fns {
		fn := rt.ToValue(f.fn).ToObject(rt)
		_ = fn.DefineDataProperty("name", rt.ToValue(f.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", rt.ToValue(f.length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = a.DefineDataProperty(f.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	_ = a.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	m.atomics = a
	return a
}

// cell validates an Atomics call's typed array and index, as the spec's
// ValidateIntegerTypedArray and ValidateAtomicAccess do, and returns the element.
// waitable asks for an Int32Array or BigInt64Array (wait and notify).
func (m *Memory) cell(op string, ta, index goja.Value, waitable bool) (cell, elemType) {
	o, _ := ta.(*goja.Object)
	var t elemType
	ok := false
	if o != nil {
		t, ok = elemTypes[gojaimpl.TypedArrayType(o)]
	}
	switch {
	case waitable && !(ok && t.waitable):
		m.throw("TypeError", m.describe(ta)+" is not an int32 or BigInt64 typed array.")
	case !ok:
		m.throw("TypeError", m.describe(ta)+" is not an integer typed array.")
	}
	buffer, err := m.js.taBuffer(goja.Undefined(), o)
	if err != nil {
		panic(err)
	}
	bo := buffer.ToObject(m.rt)
	if ab, _ := bo.Export().(goja.ArrayBuffer); ab.Detached() {
		m.throw("TypeError", "Cannot perform Atomics."+op+" on a detached ArrayBuffer")
	}
	_, shared := Bytes(bo)
	i := m.toIndex(index, "Invalid atomic access index")
	p, length := elements(o.Export())
	if i >= int64(length) {
		m.throw("RangeError", "Invalid atomic access index")
	}
	return cell{p: unsafe.Add(p, uintptr(i)*t.size), size: t.size, shared: shared}, t
}

// elements returns where an exported integer typed array's elements start, and how many
// there are; the slice goja exports views the array's own memory.
func elements(v any) (unsafe.Pointer, int) {
	switch s := v.(type) {
	case []int8:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint8:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int16:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint16:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int32:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint32:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int64:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint64:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	}
	return nil, 0
}

// convert turns an operand into the element type's bits, as Atomics converts it
// (ToBigInt for BigInt arrays, ToIntegerOrInfinity for the others), and returns the
// converted value too (Atomics.store's result).
func (m *Memory) convert(v goja.Value, t elemType) (uint64, goja.Value) {
	if t.bigint {
		b, err := m.js.toBigInt(goja.Undefined(), v)
		if err != nil {
			panic(err)
		}
		x, _ := b.Export().(*big.Int)
		if x == nil {
			x = new(big.Int)
		}
		return bigBits(x), b
	}
	f := v.ToFloat() // ToNumber: a BigInt throws, as it should
	if math.IsNaN(f) {
		f = 0
	}
	f = math.Trunc(f) + 0 // ToIntegerOrInfinity: -0 becomes +0
	return integerBits(f) & t.mask(), m.rt.ToValue(f)
}

func (m *Memory) store(c goja.FunctionCall) goja.Value {
	cl, t := m.cell("store", c.Argument(0), c.Argument(1), false)
	bits, v := m.convert(c.Argument(2), t)
	cl.update(func(uint64) (uint64, bool) { return bits, true })
	return v
}

func (m *Memory) compareExchange(c goja.FunctionCall) goja.Value {
	cl, t := m.cell("compareExchange", c.Argument(0), c.Argument(1), false)
	expected, _ := m.convert(c.Argument(2), t)
	replacement, _ := m.convert(c.Argument(3), t)
	return t.value(m.rt, cl.update(func(old uint64) (uint64, bool) {
		return replacement, old&t.mask() == expected
	}))
}

// sharedCell is cell for wait and waitAsync: the array must also view a SharedArrayBuffer.
func (m *Memory) sharedCell(op string, c goja.FunctionCall) (cell, uint64, time.Duration) {
	cl, t := m.cell(op, c.Argument(0), c.Argument(1), true)
	if !cl.shared {
		m.throw("TypeError", m.describe(c.Argument(0))+" is not a shared typed array.")
	}
	value, _ := m.convert(c.Argument(2), t)
	return cl, value, timeoutOf(c.Argument(3))
}

// timeoutOf is wait's timeout in milliseconds; -1 stands for none (undefined, NaN, +∞).
func timeoutOf(v goja.Value) time.Duration {
	if goja.IsUndefined(v) {
		return -1
	}
	ms := v.ToFloat()
	switch {
	case math.IsNaN(ms) || ms >= float64(math.MaxInt64/int64(time.Millisecond)):
		return -1
	case ms <= 0:
		return 0
	}
	return time.Duration(ms * float64(time.Millisecond))
}

// wait is Atomics.wait: it blocks the loop (as it blocks Node's thread) until another
// goroutine notifies the element, the timeout passes, or the loop is stopped or
// interrupted.
func (m *Memory) wait(c goja.FunctionCall) goja.Value {
	cl, value, timeout := m.sharedCell("wait", c)
	w := enqueue(cl, value, nil)
	if w == nil {
		return m.rt.ToValue(waitNotEqual)
	}
	return m.rt.ToValue(w.await(cl, timeout, m.loop.Context().Done(), m.loop.Interrupted()))
}

// waitAsync is Atomics.waitAsync: the result's value is a promise settled on the loop.
// Like Node's, the wait does not keep the loop alive.
func (m *Memory) waitAsync(c goja.FunctionCall) goja.Value {
	cl, value, timeout := m.sharedCell("waitAsync", c)
	result := m.rt.NewObject()
	if timeout == 0 {
		outcome := waitNotEqual
		if w := enqueue(cl, value, nil); w != nil {
			outcome = w.await(cl, 0, nil, nil)
		}
		_ = result.Set("async", false)
		_ = result.Set("value", outcome)
		return result
	}
	promise, resolve, _ := m.rt.NewPromise()
	settle := func(outcome string) {
		_ = m.loop.Submit(func(*goja.Runtime) error { return resolve(outcome) })
	}
	w := enqueue(cl, value, func() { settle(waitOK) })
	if w == nil {
		_ = result.Set("async", false)
		_ = result.Set("value", waitNotEqual)
		return result
	}
	go func() {
		if w.await(cl, timeout, m.loop.Context().Done(), nil) == waitTimedOut {
			settle(waitTimedOut)
		}
	}()
	_ = result.Set("async", true)
	_ = result.Set("value", promise)
	return result
}

func (m *Memory) notify(c goja.FunctionCall) goja.Value {
	cl, _ := m.cell("notify", c.Argument(0), c.Argument(1), true)
	count := -1
	if v := c.Argument(2); !goja.IsUndefined(v) {
		f := v.ToFloat()
		switch {
		case math.IsNaN(f) || f <= 0:
			count = 0
		case f < math.MaxInt32:
			count = int(f)
		}
	}
	if !cl.shared {
		return m.rt.ToValue(0)
	}
	return m.rt.ToValue(notify(cl, count))
}
