package inspect

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/sharedmem"
)

// ModuleName is the name under which Require should be registered.
const ModuleName = "util"

// Require is a goja_nodejs-style module loader (require.ModuleLoader) for
// Node's 'util' module. It exports inspect (with inspect.custom,
// inspect.defaultOptions, inspect.colors and inspect.styles), format,
// formatWithOptions, promisify (with promisify.custom), callbackify,
// inherits, deprecate, isDeepStrictEqual, types, isArray and the other
// legacy is* predicates, stripVTControlCharacters, toUSVString and, when
// the runtime defines them as globals, TextEncoder and TextDecoder.
//
// It must be called on the goroutine that owns rt. Use Inspector.Require
// to share defaultOptions with a console built on the same Inspector.
func Require(rt *goja.Runtime, module *goja.Object) {
	NewInspector(rt).Require(rt, module)
}

// Require is the method form of the package-level Require; rt must be the
// Inspector's runtime.
func (in *Inspector) Require(rt *goja.Runtime, module *goja.Object) {
	exports, ok := module.Get("exports").(*goja.Object)
	if !ok {
		exports = rt.NewObject()
		_ = module.Set("exports", exports)
	}
	in.populate(exports)
}

// InspectFunction returns the JavaScript util.inspect function of this
// Inspector (created on first use). It is also the third argument passed to
// [util.inspect.custom] methods.
func (in *Inspector) InspectFunction() *goja.Object {
	if in.inspectFn == nil {
		in.inspectFn = in.newInspectFunction()
	}
	return in.inspectFn
}

func (in *Inspector) isInspectFunction(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && in.inspectFn != nil && o == in.inspectFn
}

// newFunction returns a native function with the given name and length.
func newFunction(rt *goja.Runtime, name string, length int, f func(call goja.FunctionCall) goja.Value) *goja.Object {
	o := rt.ToValue(f).(*goja.Object)
	_ = o.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// throwTypeError throws a Node-style TypeError with a code property; like
// Node, the code is part of the stack's first line.
func throwTypeError(rt *goja.Runtime, code, msg string) {
	e := rt.NewTypeError(msg)
	_ = e.Set("name", "TypeError ["+code+"]")
	_ = e.Get("stack")
	_ = e.Delete("name")
	_ = e.Set("code", code)
	panic(e)
}

func (in *Inspector) newInspectFunction() *goja.Object {
	rt := in.rt
	fn := newFunction(rt, "inspect", 2, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(in.jsInspect(call.Arguments))
	})
	if sym := in.intrinsics().customInspect; sym != nil {
		_ = fn.Set("custom", sym)
	}

	defaults := rt.NewObject()
	d := DefaultOptions()
	_ = defaults.Set("showHidden", d.ShowHidden)
	_ = defaults.Set("depth", d.Depth)
	_ = defaults.Set("colors", false)
	_ = defaults.Set("customInspect", true)
	_ = defaults.Set("showProxy", false)
	_ = defaults.Set("maxArrayLength", d.MaxArrayLength)
	_ = defaults.Set("maxStringLength", d.MaxStringLength)
	_ = defaults.Set("breakLength", d.BreakLength)
	_ = defaults.Set("compact", d.Compact)
	_ = defaults.Set("sorted", false)
	_ = defaults.Set("getters", false)
	_ = defaults.Set("numericSeparator", false)
	_ = rt.Try(func() {
		if seal, ok := goja.AssertFunction(rt.GlobalObject().Get("Object").ToObject(rt).Get("seal")); ok {
			_, _ = seal(goja.Undefined(), defaults)
		}
	})
	in.defaultsObj = defaults
	getter := rt.ToValue(func(goja.FunctionCall) goja.Value { return defaults })
	setter := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		opts, ok := call.Argument(0).(*goja.Object)
		if !ok || kindOf(opts) == kindArray {
			throwTypeError(rt, "ERR_INVALID_ARG_TYPE",
				`The "options" argument must be of type object.`+receivedSuffix(rt, call.Argument(0)))
		}
		for _, k := range opts.Keys() {
			if err := defaults.Set(k, opts.Get(k)); err != nil {
				panic(err)
			}
		}
		return defaults
	})
	_ = fn.DefineAccessorProperty("defaultOptions", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)

	colors := rt.CreateObject(nil)
	for _, c := range colorTable() {
		_ = colors.Set(c.name, rt.NewArray(c.open, c.close))
	}
	_ = fn.Set("colors", colors)
	styles := rt.CreateObject(nil)
	for _, s := range styleTable() {
		_ = styles.Set(s[0], s[1])
	}
	_ = fn.Set("styles", styles)
	return fn
}

func receivedSuffix(rt *goja.Runtime, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return " Received undefined"
	case goja.IsNull(v):
		return " Received null"
	}
	if o, ok := v.(*goja.Object); ok && kindOf(o) == kindArray {
		return " Received an instance of Array"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return " Received type symbol (Symbol(" + s.String() + "))"
	}
	typ := "object"
	switch {
	case goja.IsString(v):
		typ = "string"
		return " Received type string ('" + v.String() + "')"
	case goja.IsNumber(v):
		typ = "number"
	case goja.IsBigInt(v):
		return " Received type bigint (" + v.String() + "n)"
	case isBoolean(v):
		typ = "boolean"
	}
	return " Received type " + typ + " (" + v.String() + ")"
}

// jsInspect implements util.inspect(value, opts) and the legacy
// util.inspect(value, showHidden, depth, colors) signature.
func (in *Inspector) jsInspect(args []goja.Value) string {
	cfg := in.defaults()
	var value goja.Value = goja.Undefined()
	if len(args) > 0 {
		value = args[0]
	}
	if len(args) > 1 {
		if len(args) > 2 {
			if !goja.IsUndefined(args[2]) {
				cfg.setOption("depth", args[2])
			}
			if len(args) > 3 && !goja.IsUndefined(args[3]) {
				cfg.colors = args[3].ToBoolean()
			}
		}
		opts := args[1]
		if isBoolean(opts) {
			cfg.showHidden = opts.ToBoolean()
		} else if o, ok := opts.(*goja.Object); ok {
			cfg.applyJSOptions(o)
		}
	}
	if _, ok := value.(*goja.Object); !ok {
		c := ctx{config: cfg, in: in, rt: in.rt}
		return c.formatPrimitive(value, true)
	}
	s, err := in.run(cfg, true, func(c *ctx) string { return c.formatValue(value, 0, false) })
	if err != nil {
		panic(err)
	}
	return s
}

type colorEntry struct {
	name        string
	open, close int
}

// colorTable and styleTable return Node's inspect.colors and inspect.styles.
// They are exposed for compatibility; changing them does not affect the
// colors this package emits.
func colorTable() []colorEntry {
	return []colorEntry{
		{"reset", 0, 0}, {"bold", 1, 22}, {"dim", 2, 22}, {"italic", 3, 23}, {"underline", 4, 24},
		{"blink", 5, 25}, {"inverse", 7, 27}, {"hidden", 8, 28}, {"strikethrough", 9, 29},
		{"doubleunderline", 21, 24}, {"black", 30, 39}, {"red", 31, 39}, {"green", 32, 39},
		{"yellow", 33, 39}, {"blue", 34, 39}, {"magenta", 35, 39}, {"cyan", 36, 39},
		{"white", 37, 39}, {"bgBlack", 40, 49}, {"bgRed", 41, 49}, {"bgGreen", 42, 49},
		{"bgYellow", 43, 49}, {"bgBlue", 44, 49}, {"bgMagenta", 45, 49}, {"bgCyan", 46, 49},
		{"bgWhite", 47, 49}, {"framed", 51, 54}, {"overlined", 53, 55}, {"gray", 90, 39},
		{"redBright", 91, 39}, {"greenBright", 92, 39}, {"yellowBright", 93, 39},
		{"blueBright", 94, 39}, {"magentaBright", 95, 39}, {"cyanBright", 96, 39},
		{"whiteBright", 97, 39}, {"bgGray", 100, 49}, {"bgRedBright", 101, 49},
		{"bgGreenBright", 102, 49}, {"bgYellowBright", 103, 49}, {"bgBlueBright", 104, 49},
		{"bgMagentaBright", 105, 49}, {"bgCyanBright", 106, 49}, {"bgWhiteBright", 107, 49},
	}
}

func styleTable() [][2]string {
	return [][2]string{
		{"special", "cyan"}, {"number", "yellow"}, {"bigint", "yellow"}, {"boolean", "yellow"},
		{"undefined", "grey"}, {"null", "bold"}, {"string", "green"}, {"symbol", "green"},
		{"date", "magenta"}, {"regexp", "red"}, {"module", "underline"},
	}
}

// populate fills the exports object of the util module.
func (in *Inspector) populate(exports *goja.Object) {
	rt := in.rt
	set := func(name string, v interface{}) { _ = exports.Set(name, v) }
	fn := func(name string, f func(call goja.FunctionCall) goja.Value) {
		set(name, newFunction(rt, name, 1, f))
	}

	set("inspect", in.InspectFunction())
	fn("format", func(call goja.FunctionCall) goja.Value {
		s, err := in.TryFormat(call.Arguments)
		if err != nil {
			panic(err)
		}
		return rt.ToValue(s)
	})
	fn("formatWithOptions", func(call goja.FunctionCall) goja.Value {
		opts, ok := call.Argument(0).(*goja.Object)
		if !ok {
			throwTypeError(rt, "ERR_INVALID_ARG_TYPE",
				`The "inspectOptions" argument must be of type object.`+receivedSuffix(rt, call.Argument(0)))
		}
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = call.Arguments[1:]
		}
		cfg := in.defaults()
		cfg.applyJSOptions(opts)
		if s, ok := fastFormat(args); ok {
			return rt.ToValue(s)
		}
		s, err := in.run(cfg, true, func(c *ctx) string { return c.formatWithOptions(args) })
		if err != nil {
			panic(err)
		}
		return rt.ToValue(s)
	})
	fn("stripVTControlCharacters", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if !goja.IsString(v) {
			throwTypeError(rt, "ERR_INVALID_ARG_TYPE",
				`The "str" argument must be of type string.`+receivedSuffix(rt, v))
		}
		return rt.ToValue(in.StripVTControlCharacters(v.String()))
	})
	fn("toUSVString", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(call.Argument(0).String())
	})

	types := in.typesObject()
	set("types", types)
	in.legacyPredicates(exports, types)

	var promisifySym goja.Value = goja.Undefined()
	if sf := in.intrinsics().symbolFor; sf != nil {
		if v, err := sf(goja.Undefined(), rt.ToValue(customPromisifyKey)); err == nil {
			promisifySym = v
		}
	}
	prg, err := goja.Compile("util.js", helpersSource, true)
	if err == nil {
		_ = rt.Try(func() {
			factory, ok := goja.AssertFunction(must(rt.RunProgram(prg)))
			if !ok {
				return
			}
			res, err := factory(goja.Undefined(), in.InspectFunction(), types, promisifySym)
			if err != nil {
				return
			}
			if o, ok := res.(*goja.Object); ok {
				for _, k := range []string{"promisify", "callbackify", "inherits", "deprecate", "isDeepStrictEqual"} {
					set(k, o.Get(k))
				}
			}
		})
	}

	g := rt.GlobalObject()
	for _, name := range []string{"TextEncoder", "TextDecoder"} {
		var v goja.Value
		_ = rt.Try(func() { v = g.Get(name) })
		if isFunc(v) {
			set(name, v)
		}
	}
}

func must(v goja.Value, err error) goja.Value {
	if err != nil {
		panic(err)
	}
	return v
}

// legacyPredicates adds util.isArray, util.isDate, ... (deprecated in Node
// but still exported).
func (in *Inspector) legacyPredicates(exports, types *goja.Object) {
	rt := in.rt
	pred := func(name string, f func(v goja.Value) bool) {
		_ = exports.Set(name, newFunction(rt, name, 1, func(call goja.FunctionCall) goja.Value {
			return rt.ToValue(f(call.Argument(0)))
		}))
	}
	pred("isArray", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		return ok && (kindOf(o) == kindArray || (kindOf(o) == kindProxy && effectiveProxyKind(o) == kindArray))
	})
	pred("isBoolean", isBoolean)
	pred("isNull", func(v goja.Value) bool { return v != nil && goja.IsNull(v) })
	pred("isNullOrUndefined", isNullish)
	pred("isNumber", goja.IsNumber)
	pred("isString", goja.IsString)
	pred("isSymbol", func(v goja.Value) bool { _, ok := v.(*goja.Symbol); return ok })
	pred("isUndefined", isUndef)
	pred("isObject", func(v goja.Value) bool { o, ok := v.(*goja.Object); return ok && !isFunc(o) })
	pred("isFunction", isFunc)
	pred("isPrimitive", func(v goja.Value) bool { _, ok := v.(*goja.Object); return !ok })
	pred("isRegExp", func(v goja.Value) bool { o, ok := v.(*goja.Object); return ok && kindOf(o) == kindRegExp })
	pred("isDate", func(v goja.Value) bool { o, ok := v.(*goja.Object); return ok && kindOf(o) == kindDate })
	pred("isError", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		if kindOf(o) == kindError {
			return true
		}
		e := in.intrinsics().errorCtor
		res := false
		if e != nil {
			_ = rt.Try(func() { res = rt.InstanceOf(o, e) })
		}
		return res
	})
}

// typesObject builds util.types.
func (in *Inspector) typesObject() *goja.Object {
	rt := in.rt
	t := rt.NewObject()
	kind := func(v goja.Value) (objKind, *goja.Object, bool) {
		o, ok := v.(*goja.Object)
		if !ok {
			return 0, nil, false
		}
		return kindOf(o), o, true
	}
	is := func(name string, kinds ...objKind) {
		_ = t.Set(name, newFunction(rt, name, 1, func(call goja.FunctionCall) goja.Value {
			k, _, ok := kind(call.Argument(0))
			if !ok {
				return rt.ToValue(false)
			}
			for _, want := range kinds {
				if k == want {
					return rt.ToValue(true)
				}
			}
			return rt.ToValue(false)
		}))
	}
	is("isPromise", kindPromise)
	is("isDate", kindDate)
	is("isRegExp", kindRegExp)
	is("isMap", kindMap)
	is("isSet", kindSet)
	is("isWeakMap", kindWeakMap)
	is("isWeakSet", kindWeakSet)
	is("isNativeError", kindError)
	is("isAsyncFunction", kindAsyncFunction)
	is("isGeneratorFunction", kindGeneratorFunction)
	is("isGeneratorObject", kindGenerator)
	is("isTypedArray", kindTypedArray)
	// A SharedArrayBuffer is a goja ArrayBuffer that package sharedmem keeps a record of.
	arrayBuffer := func(name string, shared, plain bool) {
		_ = t.Set(name, newFunction(rt, name, 1, func(call goja.FunctionCall) goja.Value {
			k, o, ok := kind(call.Argument(0))
			if !ok || k != kindArrayBuffer {
				return rt.ToValue(false)
			}
			_, isShared := sharedmem.Bytes(o)
			return rt.ToValue(isShared && shared || !isShared && plain)
		}))
	}
	arrayBuffer("isArrayBuffer", false, true)
	arrayBuffer("isAnyArrayBuffer", true, true)
	arrayBuffer("isSharedArrayBuffer", true, false)
	is("isDataView", kindDataView)
	is("isArrayBufferView", kindDataView, kindTypedArray)
	is("isProxy", kindProxy)
	is("isBoxedPrimitive", kindNumberObject, kindStringObject, kindBooleanObject, kindBigIntObject, kindSymbolObject)
	is("isNumberObject", kindNumberObject)
	is("isStringObject", kindStringObject)
	is("isBooleanObject", kindBooleanObject)
	is("isBigIntObject", kindBigIntObject)
	is("isSymbolObject", kindSymbolObject)
	is("isArgumentsObject", kindArguments)
	is("isMapIterator", kindMapIterator)
	is("isSetIterator", kindSetIterator)
	is("isModuleNamespaceObject")
	is("isExternal")
	is("isWeakRef")
	is("isKeyObject")
	is("isCryptoKey")
	for _, name := range []string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
		"Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
		"BigInt64Array", "BigUint64Array"} {
		name := name
		_ = t.Set("is"+name, newFunction(rt, "is"+name, 1, func(call goja.FunctionCall) goja.Value {
			k, o, ok := kind(call.Argument(0))
			if !ok || k != kindTypedArray {
				return rt.ToValue(false)
			}
			c := in.newCtx(defaultConfig(), false)
			return rt.ToValue(c.typedArrayName(o) == name)
		}))
	}
	return t
}
