package webapi

import (
	"github.com/dop251/goja"
)

// structuredClone follows the HTML standard's StructuredSerializeWithTransfer and
// StructuredDeserializeWithTransfer as V8 (and so Node v20) implements them, in one
// pass: the copy is built while the value is walked, so getters run once, in the
// order V8 runs them, and a throwing getter leaves nothing behind.

// maxCloneDepth bounds the nesting of a cloned value; deeper values throw the
// RangeError V8 throws when its serializer overflows the stack (about 2000 nested
// objects with Node's default stack).
const maxCloneDepth = 2000

// cloneHelpersSource is compiled once, on the first structuredClone: the built-ins the
// algorithm needs, captured so that later changes by the program do not affect it,
// and the property operations that need JS keys (strings with lone surrogates survive).
const cloneHelpersSource = `(function () {
  'use strict';
  const O = Object;
  const uncurry = (f) => Function.prototype.call.bind(f);
  const hasOwn = uncurry(O.prototype.hasOwnProperty);
  const gOPD = O.getOwnPropertyDescriptor, defineProperty = O.defineProperty;
  const getter = (proto, p) => uncurry(gOPD(proto, p).get);
  const absent = O.freeze({ __proto__: null });
  const accessor = O.freeze({ __proto__: null });
  const TA = O.getPrototypeOf(Uint8Array.prototype);
  const taCtors = { __proto__: null };
  for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) taCtors[C.name] = C;
  if (typeof Float16Array === 'function') taCtors.Float16Array = Float16Array;
  const errorCtors = { __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  const mapForEach = uncurry(Map.prototype.forEach), setForEach = uncurry(Set.prototype.forEach);
  const MapC = Map, SetC = Set, DateC = Date, RegExpC = RegExp, ArrayC = Array, DataViewC = DataView;
  const toStr = (v) => (typeof v === 'symbol' ? '' + v : String(v)); // ToString: throws for symbols
  const flagGetters = [];
  for (const [f, p] of [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
    ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']]) {
    const d = gOPD(RegExp.prototype, p);
    if (d && d.get) flagGetters.push([f, uncurry(d.get)]);
  }
  return {
    absent, accessor,
    keys: O.keys,
    getOwn: (o, k) => (hasOwn(o, k) ? o[k] : absent),
    define(o, k, v) { defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true }); },
    defineHidden(o, k, v) { defineProperty(o, k, { value: v, writable: true, enumerable: false, configurable: true }); },
    ownData(o, k) {
      const d = gOPD(o, k);
      if (d === undefined) return absent;
      return 'value' in d ? d.value : accessor;
    },
    getProto: O.getPrototypeOf,
    newArray: (n) => new ArrayC(n),
    mapEntries(m) { const a = []; mapForEach(m, (v, k) => { a.push(k, v); }); return a; },
    setEntries(s) { const a = []; setForEach(s, (v) => { a.push(v); }); return a; },
    newMap: () => new MapC(), mapSet: uncurry(Map.prototype.set),
    newSet: () => new SetC(), setAdd: uncurry(Set.prototype.add),
    numberValue: uncurry(Number.prototype.valueOf),
    stringValue: uncurry(String.prototype.valueOf),
    booleanValue: uncurry(Boolean.prototype.valueOf),
    bigintValue: uncurry(BigInt.prototype.valueOf),
    dateValue: uncurry(Date.prototype.getTime),
    newDate: (t) => new DateC(t),
    regexpSource: getter(RegExp.prototype, 'source'),
    regexpFlags(r) { let f = ''; for (const [c, g] of flagGetters) if (g(r)) f += c; return f; },
    newRegExp: (s, f) => new RegExpC(s, f),
    taBuffer: getter(TA, 'buffer'), taOffset: getter(TA, 'byteOffset'), taLength: getter(TA, 'length'),
    taName: uncurry(gOPD(TA, Symbol.toStringTag).get),
    newTypedArray: (name, b, off, len) => new taCtors[name](b, off, len),
    dvBuffer: getter(DataView.prototype, 'buffer'), dvOffset: getter(DataView.prototype, 'byteOffset'),
    dvLength: getter(DataView.prototype, 'byteLength'),
    newDataView: (b, off, len) => new DataViewC(b, off, len),
    newError(name) {
      const C = errorCtors[name] ?? Error;
      return new C();
    },
    errorName: (e) => toStr(e.name),
    toStr,
    fnToString: uncurry(Function.prototype.toString),
    symbolToString: uncurry(Symbol.prototype.toString),
    objectToString: O.prototype.toString,
    errorToString: Error.prototype.toString,
    toStringTag: Symbol.toStringTag,
    isArray: ArrayC.isArray,
  };
})()`

// cloneHelpers are the captured built-ins, as Go callables.
type cloneHelpers struct {
	absent, accessor, objectToString, errorToString *goja.Object
	toStringTag                                     goja.Value

	keys, getOwn, define, defineHidden, ownData, getProto, newArray goja.Callable
	mapEntries, setEntries, newMap, mapSet, newSet, setAdd          goja.Callable
	numberValue, stringValue, booleanValue, bigintValue             goja.Callable
	dateValue, newDate, regexpSource, regexpFlags, newRegExp        goja.Callable
	taBuffer, taOffset, taLength, taName, newTypedArray             goja.Callable
	dvBuffer, dvOffset, dvLength, newDataView, newError, errorName  goja.Callable
	toStr, fnToString, symbolToString                               goja.Callable
}

// cloner holds what structuredClone needs across calls.
type cloner struct {
	w *Web
	h cloneHelpers
}

func (w *Web) cloner() *cloner {
	if w.clone != nil {
		return w.clone
	}
	v, err := w.rt.RunScript("node:internal/webapi/structured_clone", cloneHelpersSource)
	if err != nil {
		panic(err)
	}
	o := v.ToObject(w.rt)
	c := &cloner{w: w}
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic(w.rt.NewTypeError("structuredClone: missing helper " + name))
		}
		return f
	}
	h := &c.h
	h.absent = o.Get("absent").ToObject(w.rt)
	h.accessor = o.Get("accessor").ToObject(w.rt)
	h.objectToString = o.Get("objectToString").ToObject(w.rt)
	h.errorToString = o.Get("errorToString").ToObject(w.rt)
	h.toStringTag = o.Get("toStringTag")
	for name, dst := range map[string]*goja.Callable{
		"keys": &h.keys, "getOwn": &h.getOwn, "define": &h.define, "defineHidden": &h.defineHidden,
		"ownData": &h.ownData, "getProto": &h.getProto, "newArray": &h.newArray,
		"mapEntries": &h.mapEntries, "setEntries": &h.setEntries, "newMap": &h.newMap, "mapSet": &h.mapSet,
		"newSet": &h.newSet, "setAdd": &h.setAdd, "numberValue": &h.numberValue, "stringValue": &h.stringValue,
		"booleanValue": &h.booleanValue, "bigintValue": &h.bigintValue, "dateValue": &h.dateValue,
		"newDate": &h.newDate, "regexpSource": &h.regexpSource, "regexpFlags": &h.regexpFlags,
		"newRegExp": &h.newRegExp, "taBuffer": &h.taBuffer, "taOffset": &h.taOffset, "taLength": &h.taLength,
		"taName": &h.taName, "newTypedArray": &h.newTypedArray, "dvBuffer": &h.dvBuffer,
		"dvOffset": &h.dvOffset, "dvLength": &h.dvLength, "newDataView": &h.newDataView,
		"newError": &h.newError, "errorName": &h.errorName, "toStr": &h.toStr,
		"fnToString": &h.fnToString, "symbolToString": &h.symbolToString,
	} {
		*dst = fn(name)
	}
	w.clone = c
	return c
}

// call calls a helper and rethrows a JS exception as a panic (the way native
// functions throw in goja).
func call(f goja.Callable, args ...goja.Value) goja.Value {
	v, err := f(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

// structuredCloneFunc is the global structuredClone(value, { transfer }).
func (w *Web) structuredCloneFunc() goja.Value {
	return w.function("structuredClone", 0, w.structuredClone)
}

func (w *Web) structuredClone(c goja.FunctionCall) goja.Value {
	if len(c.Arguments) == 0 {
		w.throw("TypeError", "ERR_MISSING_ARGS", "The value argument must be specified")
	}
	var transfer []*goja.Object
	if opts := c.Argument(1); !goja.IsUndefined(opts) && !goja.IsNull(opts) {
		optsObj, ok := opts.(*goja.Object)
		if !ok {
			w.throw("TypeError", "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined")
		}
		transfer = w.TransferList(optsObj.Get("transfer"))
	}
	return w.Clone(c.Argument(0), transfer)
}

// TransferList reads a transfer list (options.transfer, postMessage's transferList): an
// iterable of objects, or undefined for none. It throws Node's TypeErrors for what is
// not an iterable or holds a primitive; Serialize checks what the objects are.
func (w *Web) TransferList(list goja.Value) []*goja.Object {
	if list == nil || goja.IsUndefined(list) {
		return nil
	}
	obj, ok := list.(*goja.Object)
	if !ok || !isIterable(w.rt, obj) {
		w.throw("TypeError", "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable")
	}
	var out []*goja.Object
	w.rt.ForOf(obj, func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			w.throw("TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList")
		}
		out = append(out, o)
		return true
	})
	return out
}

func isIterable(rt *goja.Runtime, o *goja.Object) bool {
	iter := o.GetSymbol(goja.SymIterator)
	_, ok := goja.AssertFunction(iter)
	return ok
}

// Clone is structuredClone(value, { transfer }) for Go callers: it returns the copy or
// panics with the JS error (a DataCloneError DOMException for what cannot be cloned),
// as a native function would throw it. The transferred ArrayBuffers are detached.
// It is Serialize then Deserialize in the same runtime, as V8 does it, so that
// structuredClone and postMessage follow one set of rules.
func (w *Web) Clone(value goja.Value, transfer []*goja.Object) goja.Value {
	return w.Deserialize(w.Serialize(value, transfer, nil), nil)
}

// isDOMException reports whether DOMException.prototype is on o's prototype chain.
func (c *cloner) isDOMException(o *goja.Object) bool {
	ctor, ok := c.w.domException().(*goja.Object)
	if !ok {
		return false
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return false
	}
	for p, i := o.Prototype(), 0; p != nil && i < 10000; p, i = p.Prototype(), i+1 {
		if p == proto {
			return true
		}
	}
	return false
}

// describe renders v as V8's Object::NoSideEffectsToString does in its
// "… could not be cloned." messages.
func (c *cloner) describe(v goja.Value) string {
	h := &c.h
	if sym, ok := v.(*goja.Symbol); ok {
		return call(h.symbolToString, sym).String()
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return v.String()
	}
	for i := 0; kindOf(o) == kProxy && i < 1000; i++ {
		p, _ := o.Export().(goja.Proxy)
		t := p.Target()
		if t == nil {
			return "[object Object]"
		}
		o = t
	}
	k := kindOf(o)
	if k == kFunction {
		return call(h.fnToString, o).String()
	}
	toString := c.dataProperty(o, c.w.rt.ToValue("toString"))
	if k == kError || toString == h.errorToString {
		name, msg := "Error", ""
		if n := c.dataProperty(o, c.w.rt.ToValue("name")); goja.IsString(n) {
			name = n.String()
		}
		if m := c.dataProperty(o, c.w.rt.ToValue("message")); goja.IsString(m) {
			msg = m.String()
		}
		switch {
		case name == "":
			return msg
		case msg == "":
			return name
		}
		return name + ": " + msg
	}
	if toString == h.objectToString {
		if ctor, ok := c.dataProperty(o, c.w.rt.ToValue("constructor")).(*goja.Object); ok && kindOf(ctor) == kFunction {
			if n := c.dataProperty(ctor, c.w.rt.ToValue("name")); goja.IsString(n) && n.String() != "" {
				return "#<" + n.String() + ">"
			}
		}
	}
	tag := c.dataProperty(o, h.toStringTag)
	if goja.IsString(tag) {
		return "[object " + tag.String() + "]"
	}
	builtin := "Object"
	switch k {
	case kArray:
		builtin = "Array"
	case kArguments:
		builtin = "Arguments"
	case kDate:
		builtin = "Date"
	case kRegExp:
		builtin = "RegExp"
	case kNumber:
		builtin = "Number"
	case kString:
		builtin = "String"
	case kBoolean:
		builtin = "Boolean"
	}
	return "[object " + builtin + "]"
}

// dataProperty is V8's JSReceiver::GetDataProperty: the value of the first data
// property named key along the prototype chain, without running getters or traps
// (undefined when an accessor or a proxy comes first).
func (c *cloner) dataProperty(o *goja.Object, key goja.Value) (v goja.Value) {
	h := &c.h
	defer func() {
		if recover() != nil {
			v = goja.Undefined()
		}
	}()
	for i := 0; o != nil && i < 10000; i++ {
		if kindOf(o) == kProxy {
			return goja.Undefined()
		}
		d := call(h.ownData, o, key)
		switch d {
		case h.accessor:
			return goja.Undefined()
		case h.absent:
		default:
			return d
		}
		o, _ = call(h.getProto, o).(*goja.Object)
	}
	return goja.Undefined()
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	return string(b[p:])
}
