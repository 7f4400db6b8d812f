package sharedmem

import (
	"math"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// maxBytes is the largest SharedArrayBuffer made: beyond it the constructor throws
// V8's RangeError instead of letting an allocation that cannot succeed crash the process.
const maxBytes = 1 << 32

// Memory is SharedArrayBuffer and Atomics for one runtime. Its methods run on the
// runtime's loop goroutine.
type Memory struct {
	loop    *eventloop.Loop
	rt      *goja.Runtime
	ctor    *goja.Object // SharedArrayBuffer, made on first use
	proto   *goja.Object
	atomics *goja.Object
	js      helpers
}

// helpers are built-ins captured when the constructor is made, so that a program that
// changes them later does not change Atomics.
type helpers struct {
	taBuffer, describe, toBigInt goja.Callable
}

// New returns the SharedArrayBuffer and Atomics of loop's runtime; nothing is built
// until a script uses them.
func New(loop *eventloop.Loop) *Memory {
	return &Memory{loop: loop, rt: loop.Runtime()}
}

const classSource = `(function (native) {
  'use strict';
  const { make, byteLength, slice } = native;
  // A function, not a class: called without new it throws V8's message, not goja's.
  function SharedArrayBuffer(length) {
    if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
    return make(new.target, length, arguments[1]);
  }
  const P = SharedArrayBuffer.prototype;
  const methods = {
    get byteLength() { return byteLength(this, 'get SharedArrayBuffer.prototype.byteLength'); },
    get growable() { byteLength(this, 'get SharedArrayBuffer.prototype.growable'); return false; },
    get maxByteLength() { return byteLength(this, 'get SharedArrayBuffer.prototype.maxByteLength'); },
    grow(newLength) {
      byteLength(this, 'SharedArrayBuffer.prototype.grow');
      throw new TypeError('Method SharedArrayBuffer.prototype.grow called on incompatible receiver ' + describe(this));
    },
    slice(start, end) { return slice(this, start, end); },
  };
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(methods))) {
    d.enumerable = false;
    Object.defineProperty(P, k, d);
  }
  Object.defineProperty(SharedArrayBuffer.prototype, Symbol.toStringTag, { value: 'SharedArrayBuffer', configurable: true });
  const uncurry = (f) => Function.prototype.call.bind(f);
  const TA = Object.getPrototypeOf(Uint8Array.prototype);
  const toString = uncurry(Object.prototype.toString), isArray = Array.isArray, isView = ArrayBuffer.isView;
  const getProto = Object.getPrototypeOf, DataViewC = DataView, asIntN = BigInt.asIntN;
  // describe is how V8 names a value in these errors: "#<Object>", "[object Array]", "null".
  function describe(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'symbol' ? v.toString() : String(v);
    if (isArray(v) || (isView(v) && !(v instanceof DataViewC))) return toString(v);
    let name;
    try { const p = getProto(v); name = p && typeof p.constructor === 'function' ? p.constructor.name : undefined; } catch {}
    return '#<' + (name || 'Object') + '>';
  }
  return {
    SharedArrayBuffer, describe,
    taBuffer: uncurry(Object.getOwnPropertyDescriptor(TA, 'buffer').get),
    toBigInt: (v) => (typeof v === 'bigint' ? v : asIntN(64, v)), // ToBigInt, with its errors
  };
})`

// Constructor returns the runtime's SharedArrayBuffer.
func (m *Memory) Constructor() goja.Value {
	if m.ctor != nil {
		return m.ctor
	}
	rt := m.rt
	fn, err := rt.RunScript("node:internal/shared_array_buffer", classSource)
	if err != nil {
		panic(err)
	}
	call, _ := goja.AssertFunction(fn)
	native := rt.NewObject()
	_ = native.Set("make", m.jsMake)
	_ = native.Set("byteLength", m.jsByteLength)
	_ = native.Set("slice", m.jsSlice)
	res, err := call(goja.Undefined(), native)
	if err != nil {
		panic(err)
	}
	o := res.ToObject(rt)
	m.ctor = o.Get("SharedArrayBuffer").ToObject(rt)
	m.proto = m.ctor.Get("prototype").ToObject(rt)
	m.js.describe = callable(o.Get("describe"))
	m.js.taBuffer = callable(o.Get("taBuffer"))
	m.js.toBigInt = callable(o.Get("toBigInt"))
	return m.ctor
}

func callable(v goja.Value) goja.Callable {
	f, _ := goja.AssertFunction(v)
	return f
}

// Wrap returns a SharedArrayBuffer of this runtime over data, the memory of one that
// another runtime (or this one) made: both see every write. Deserializing a message
// that carries a SharedArrayBuffer calls it.
func (m *Memory) Wrap(data []byte) goja.Value {
	m.Constructor()
	return m.wrap(data, m.proto)
}

func (m *Memory) wrap(data []byte, proto *goja.Object) *goja.Object {
	o := m.rt.ToValue(m.rt.NewArrayBuffer(data)).ToObject(m.rt)
	_ = o.SetPrototype(proto)
	register(o, data)
	return o
}

// describe names v as V8 does in a TypeError.
func (m *Memory) describe(v goja.Value) string {
	s, err := m.js.describe(goja.Undefined(), v)
	if err != nil {
		return "value"
	}
	return s.String()
}

func (m *Memory) throw(ctor, msg string) {
	c, _ := goja.AssertConstructor(m.rt.Get(ctor))
	if c == nil {
		panic(m.rt.NewTypeError(msg))
	}
	e, err := c(nil, m.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// toIndex is the spec's ToIndex, with the RangeError message given for a bad value.
func (m *Memory) toIndex(v goja.Value, rangeMsg string) int64 {
	if v == nil || goja.IsUndefined(v) {
		return 0
	}
	f := v.ToFloat()
	if math.IsNaN(f) {
		return 0
	}
	f = math.Trunc(f)
	if f < 0 || f > 1<<53-1 {
		m.throw("RangeError", rangeMsg)
	}
	return int64(f)
}

// jsMake is new SharedArrayBuffer(length[, options]) for the class's constructor.
func (m *Memory) jsMake(newTarget, length, options goja.Value) goja.Value {
	if newTarget == nil || goja.IsUndefined(newTarget) {
		m.throw("TypeError", "Constructor SharedArrayBuffer requires 'new'")
	}
	n := m.toIndex(length, "Invalid array buffer length")
	if o, ok := options.(*goja.Object); ok {
		if max := o.Get("maxByteLength"); max != nil && !goja.IsUndefined(max) {
			if m.toIndex(max, "Invalid array buffer max length") < n {
				m.throw("RangeError", "Invalid array buffer max length")
			}
			m.throw("TypeError", "Growable SharedArrayBuffers (options.maxByteLength) are not supported")
		}
	}
	if n > maxBytes {
		m.throw("RangeError", "Array buffer allocation failed")
	}
	proto := m.proto
	if t, ok := newTarget.(*goja.Object); ok {
		if p, ok := t.Get("prototype").(*goja.Object); ok {
			proto = p
		}
	}
	return m.wrap(allocate(int(n)), proto)
}

// bytesOf returns the memory of this, which must be a SharedArrayBuffer; method names
// the method for the TypeError otherwise.
func (m *Memory) bytesOf(this goja.Value, method string) []byte {
	o, _ := this.(*goja.Object)
	data, ok := Bytes(o)
	if !ok {
		m.throw("TypeError", "Method "+method+" called on incompatible receiver "+m.describe(this))
	}
	return data
}

func (m *Memory) jsByteLength(this goja.Value, method string) int {
	return len(m.bytesOf(this, method))
}

// jsSlice is SharedArrayBuffer.prototype.slice: a new SharedArrayBuffer with a copy of
// the bytes from start to end (relative indices, as Array.prototype.slice has them).
func (m *Memory) jsSlice(this, start, end goja.Value) goja.Value {
	data := m.bytesOf(this, "SharedArrayBuffer.prototype.slice")
	n := int64(len(data))
	from, to := relative(start, n, 0), relative(end, n, n)
	out := allocate(int(max(0, to-from)))
	copy(out, data[from:max(from, to)])
	return m.wrap(out, m.proto)
}

// relative resolves a relative index into [0, n]; undefined gives def.
func relative(v goja.Value, n, def int64) int64 {
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return 0
	case f < 0:
		return int64(max(0, float64(n)+math.Trunc(f)))
	}
	return int64(min(float64(n), math.Trunc(f)))
}
