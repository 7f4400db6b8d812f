package inspect

import (
	"github.com/dop251/goja"
)

// intrinsics holds the JavaScript built-ins Inspect needs where goja has no
// Go API (Node's "primordials"). They are looked up once per Inspector from
// the runtime's global object. Any of them may be nil if the program
// deleted or replaced the global before the lookup; every use is nil-safe.
type intrinsics struct {
	objectCtor    *goja.Object
	objectProto   *goja.Object
	functionProto *goja.Object
	errorCtor     *goja.Object
	regexpCtor    *goja.Object

	getOwnPropertyDescriptor goja.Callable
	getOwnPropertySymbols    goja.Callable
	reflectHas               goja.Callable
	errorToString            goja.Callable
	regexpToString           goja.Callable
	regexpSource             goja.Callable
	regexpFlagGetters        []regexpFlag
	dateToISOString          goja.Callable
	dateGetTime              goja.Callable
	numberValueOf            goja.Callable
	stringValueOf            goja.Callable
	booleanValueOf           goja.Callable
	bigintValueOf            goja.Callable
	symbolValueOf            goja.Callable
	mapEntries               goja.Callable
	mapSize                  goja.Callable
	setValues                goja.Callable
	setSize                  goja.Callable
	typedArrayTag            goja.Callable
	jsonStringify            goja.Callable
	numberFn                 goja.Callable
	parseInt                 goja.Callable
	parseFloat               goja.Callable
	symbolFor                goja.Callable

	customInspect *goja.Symbol
}

type regexpFlag struct {
	letter string
	get    goja.Callable
}

func objGet(o *goja.Object, name string) *goja.Object {
	if o == nil {
		return nil
	}
	v, _ := o.Get(name).(*goja.Object)
	return v
}

func fnGet(o *goja.Object, name string) goja.Callable {
	if o == nil {
		return nil
	}
	fn, _ := goja.AssertFunction(o.Get(name))
	return fn
}

// loadIntrinsics reads the built-ins from the global object. Each lookup
// runs inside rt.Try so that a hostile global (a throwing getter, a revoked
// proxy) just leaves the corresponding entry nil.
func loadIntrinsics(rt *goja.Runtime) *intrinsics {
	in := &intrinsics{}
	try := func(f func()) {
		_ = rt.Try(f)
	}
	g := rt.GlobalObject()
	try(func() {
		in.objectCtor = objGet(g, "Object")
		in.objectProto = objGet(in.objectCtor, "prototype")
		in.getOwnPropertyDescriptor = fnGet(in.objectCtor, "getOwnPropertyDescriptor")
		in.getOwnPropertySymbols = fnGet(in.objectCtor, "getOwnPropertySymbols")
	})
	try(func() { in.functionProto = objGet(objGet(g, "Function"), "prototype") })
	try(func() {
		in.errorCtor = objGet(g, "Error")
		in.errorToString = fnGet(objGet(in.errorCtor, "prototype"), "toString")
	})
	try(func() {
		in.regexpCtor = objGet(g, "RegExp")
		in.regexpToString = fnGet(objGet(in.regexpCtor, "prototype"), "toString")
	})
	try(func() { in.reflectHas = fnGet(objGet(g, "Reflect"), "has") })
	try(func() {
		p := objGet(objGet(g, "Date"), "prototype")
		in.dateToISOString = fnGet(p, "toISOString")
		in.dateGetTime = fnGet(p, "getTime")
	})
	try(func() { in.numberValueOf = fnGet(objGet(objGet(g, "Number"), "prototype"), "valueOf") })
	try(func() { in.stringValueOf = fnGet(objGet(objGet(g, "String"), "prototype"), "valueOf") })
	try(func() { in.booleanValueOf = fnGet(objGet(objGet(g, "Boolean"), "prototype"), "valueOf") })
	try(func() { in.bigintValueOf = fnGet(objGet(objGet(g, "BigInt"), "prototype"), "valueOf") })
	try(func() {
		sym := objGet(g, "Symbol")
		in.symbolValueOf = fnGet(objGet(sym, "prototype"), "valueOf")
		in.symbolFor = fnGet(sym, "for")
	})
	getter := func(proto *goja.Object, key goja.Value) goja.Callable {
		if proto == nil || in.getOwnPropertyDescriptor == nil {
			return nil
		}
		d, err := in.getOwnPropertyDescriptor(goja.Undefined(), proto, key)
		if err != nil {
			return nil
		}
		fn, _ := goja.AssertFunction(objGetValue(d, "get"))
		return fn
	}
	try(func() {
		p := objGet(objGet(g, "Map"), "prototype")
		in.mapEntries = fnGet(p, "entries")
		in.mapSize = getter(p, rt.ToValue("size"))
	})
	try(func() {
		p := objGet(objGet(g, "Set"), "prototype")
		in.setValues = fnGet(p, "values")
		in.setSize = getter(p, rt.ToValue("size"))
	})
	try(func() {
		p := objGet(objGet(g, "Uint8Array"), "prototype")
		if p != nil {
			in.typedArrayTag = getter(p.Prototype(), goja.SymToStringTag)
		}
	})
	try(func() {
		p := objGet(in.regexpCtor, "prototype")
		in.regexpSource = getter(p, rt.ToValue("source"))
		for _, f := range []struct{ name, letter string }{
			{"hasIndices", "d"}, {"global", "g"}, {"ignoreCase", "i"}, {"multiline", "m"},
			{"dotAll", "s"}, {"unicode", "u"}, {"unicodeSets", "v"}, {"sticky", "y"},
		} {
			if g := getter(p, rt.ToValue(f.name)); g != nil {
				in.regexpFlagGetters = append(in.regexpFlagGetters, regexpFlag{f.letter, g})
			}
		}
	})
	try(func() { in.jsonStringify = fnGet(objGet(g, "JSON"), "stringify") })
	try(func() {
		n := objGet(g, "Number")
		in.numberFn, _ = goja.AssertFunction(n)
		in.parseInt = fnGet(n, "parseInt")
		in.parseFloat = fnGet(n, "parseFloat")
	})
	if in.symbolFor != nil {
		if v, err := in.symbolFor(goja.Undefined(), rt.ToValue(customInspectKey)); err == nil {
			in.customInspect, _ = v.(*goja.Symbol)
		}
	}
	return in
}

// objGetValue returns v[name] for an object v, or undefined.
func objGetValue(v goja.Value, name string) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	r := o.Get(name)
	if r == nil {
		return goja.Undefined()
	}
	return r
}

const (
	customInspectKey   = "nodejs.util.inspect.custom"
	customPromisifyKey = "nodejs.util.promisify.custom"
)

// isBuiltinName reports whether name is one of the global constructors of
// Node v20 (Node's builtInObjects set: the global property names matching
// /^[A-Z][a-zA-Z0-9]+$/). Buffer is not one: Node builds the set before the Buffer
// global exists, so util.format('%s', buf) calls buf.toString().
func isBuiltinName(name string) bool {
	switch name {
	case "Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol",
		"Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
		"ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl",
		"ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
		"Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array",
		"BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy",
		"Reflect", "FinalizationRegistry", "WeakRef", "URL", "URLSearchParams",
		"DOMException", "AbortController", "AbortSignal", "Event", "EventTarget", "TextEncoder",
		"TextDecoder", "TransformStream", "TransformStreamDefaultController", "WritableStream",
		"WritableStreamDefaultController", "WritableStreamDefaultWriter", "ReadableStream",
		"ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
		"ReadableByteStreamController", "ReadableStreamDefaultController",
		"ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream",
		"TextDecoderStream", "CompressionStream", "DecompressionStream", "BroadcastChannel",
		"MessageChannel", "MessagePort", "MessageEvent", "Blob", "File", "Performance",
		"PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver",
		"PerformanceObserverEntryList", "PerformanceResourceTiming", "FormData", "Headers",
		"Request", "Response", "SharedArrayBuffer", "Atomics", "WebAssembly", "Crypto",
		"CryptoKey", "SubtleCrypto", "CustomEvent":
		return true
	}
	return false
}
