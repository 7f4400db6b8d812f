// Package inspect implements Node.js v20's util.inspect and util.format for
// goja, following lib/internal/util/inspect.js as closely as goja allows,
// and a goja_nodejs-style loader for the 'util' module.
//
// All functions and methods of this package must be called on the goroutine
// that owns the goja.Runtime (the event-loop goroutine): goja runtimes are
// not safe for concurrent use and inspection reads properties, walks
// prototype chains and may call JavaScript (custom inspectors, getters when
// Options.Getters is set, Proxy traps of nested proxies).
package inspect

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// maxNesting bounds the recursion depth of one inspection. Node's V8 stack
// overflows after roughly 1000 nested objects and prints
// "[Object: Inspection interrupted prematurely. Maximum call stack size
// exceeded.]"; the same happens here, which also protects the Go stack
// from cyclic Go values that create fresh wrappers on every access.
const maxNesting = 1000

// maxPrototypeChain bounds prototype-chain walks (a Proxy can fake an
// endless chain).
const maxPrototypeChain = 10000

// budgetLimit is Node's 2 ** 27 output budget per indentation level.
const budgetLimit = 1 << 27

const internalErrorPrefix = "[inspect: internal error: "

// Inspector formats values of one runtime. It caches the JavaScript
// built-ins it needs, the JavaScript util.inspect function handed to custom
// inspectors and, once the 'util' module is loaded through its Require
// method, the live util.inspect.defaultOptions object. Share one Inspector
// between the util module and the console so that
// util.inspect.defaultOptions also applies to console.log, like in Node.
//
// An Inspector must only be used on the goroutine that owns its runtime.
type Inspector struct {
	rt          *goja.Runtime
	intr        *intrinsics
	inspectFn   *goja.Object
	defaultsObj *goja.Object
	ansi        *regexp.Regexp
}

// NewInspector returns an Inspector for rt. Built-ins are looked up lazily,
// on the first inspection of an object.
func NewInspector(rt *goja.Runtime) *Inspector {
	return &Inspector{rt: rt}
}

// Runtime returns the runtime the Inspector belongs to.
func (in *Inspector) Runtime() *goja.Runtime { return in.rt }

// CaptureBuiltins looks up the JavaScript built-ins the Inspector uses
// (Object.getOwnPropertyDescriptor, Map.prototype.entries, ...) right away
// instead of at the first inspection of an object. Call it before running
// user code so that later changes to these globals by the program do not
// affect inspection, like Node's primordials. It must be called on the
// goroutine that owns the runtime.
func (in *Inspector) CaptureBuiltins() {
	in.intrinsics()
}

func (in *Inspector) intrinsics() *intrinsics {
	if in.intr == nil {
		in.intr = loadIntrinsics(in.rt)
	}
	return in.intr
}

// Inspect returns the string Node's util.inspect(v, opts) would return.
// It must be called on the goroutine that owns rt. It never panics because
// of the inspected value: JavaScript exceptions thrown while inspecting
// (by custom inspectors, Symbol.toStringTag getters, proxy traps, ...) are
// swallowed and the affected part is formatted without the failing step.
// Uncatchable goja errors (rt.Interrupt, stack overflow) are propagated.
func Inspect(rt *goja.Runtime, v goja.Value, opts Options) string {
	return NewInspector(rt).Inspect(v, opts)
}

// Inspect is the method form of the package-level Inspect.
func (in *Inspector) Inspect(v goja.Value, opts Options) string {
	if _, ok := v.(*goja.Object); !ok {
		c := ctx{config: opts.config(), in: in, rt: in.rt}
		return c.formatPrimitive(v, true)
	}
	s, _ := in.run(opts.config(), false, func(c *ctx) string { return c.formatValue(v, 0, false) })
	return s
}

// TryInspect is like Inspect but stops at the first JavaScript exception
// and returns it (a *goja.Exception), exactly where Node's util.inspect
// would throw. Use it from functions called by JavaScript and re-throw the
// error with panic(err).
func (in *Inspector) TryInspect(v goja.Value, opts Options) (string, error) {
	return in.run(opts.config(), true, func(c *ctx) string { return c.formatValue(v, 0, false) })
}

// TryInspectWithJSOptions is TryInspect with the properties of the
// JavaScript options object jsOpts (as accepted by util.inspect, including
// depth: null, breakLength: Infinity, compact: true, sorted: fn, getters:
// 'get') laid over opts. jsOpts may be undefined or null.
func (in *Inspector) TryInspectWithJSOptions(v goja.Value, opts Options, jsOpts goja.Value) (string, error) {
	cfg := opts.config()
	if o, ok := jsOpts.(*goja.Object); ok {
		if ex := in.rt.Try(func() { cfg.applyJSOptions(o) }); ex != nil {
			return "", ex
		}
	}
	return in.run(cfg, true, func(c *ctx) string { return c.formatValue(v, 0, false) })
}

// run executes f with a fresh context. With rethrow set, the first
// JavaScript exception aborts the inspection and is returned. Without it,
// exceptions are handled locally by each step; anything that still
// escapes (which would be a bug) yields a placeholder instead of a panic.
func (in *Inspector) run(cfg config, rethrow bool, f func(c *ctx) string) (res string, err error) {
	c := in.newCtx(cfg, rethrow)
	if !rethrow {
		defer func() {
			if r := recover(); r != nil {
				if isUncatchable(r) {
					panic(r)
				}
				res = internalErrorPrefix + fmt.Sprint(r) + "]"
				err = nil
			}
		}()
	}
	ex := in.rt.Try(func() { res = f(c) })
	if ex != nil {
		if rethrow {
			return "", ex
		}
		return "[Inspection threw (" + exceptionMessage(in.rt, ex) + ")]", nil
	}
	return res, nil
}

// propagateUncatchable re-raises errors that must never be swallowed
// (rt.Interrupt, goja's stack overflow): everything but *goja.Exception.
func propagateUncatchable(err error) {
	if _, ok := err.(*goja.Exception); !ok && err != nil {
		panic(err)
	}
}

func isUncatchable(r interface{}) bool {
	switch r.(type) {
	case *goja.InterruptedError, *goja.StackOverflowError:
		return true
	}
	return false
}

func exceptionMessage(rt *goja.Runtime, ex *goja.Exception) string {
	v := ex.Value()
	if o, ok := v.(*goja.Object); ok {
		var msg string
		if e := rt.Try(func() { msg = o.Get("message").String() }); e == nil {
			return msg
		}
		return "exception"
	}
	if v == nil {
		return "undefined"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	return v.String()
}

func (in *Inspector) newCtx(cfg config, rethrow bool) *ctx {
	return &ctx{
		config:  cfg,
		in:      in,
		rt:      in.rt,
		intr:    in.intrinsics(),
		rethrow: rethrow,
	}
}

// ctx is Node's inspection context.
type ctx struct {
	config
	in             *Inspector
	rt             *goja.Runtime
	intr           *intrinsics
	budget         map[int]int
	indentationLvl int
	seen           []identityKey
	circular       map[identityKey]int
	currentDepth   int
	rethrow        bool
	nesting        int
}

// try runs f, which may call into JavaScript. It reports whether f
// completed. In rethrow mode an exception is re-raised (to be returned by
// run); otherwise it is swallowed and the caller falls back.
func (c *ctx) try(f func()) bool {
	ex := c.rt.Try(f)
	if ex == nil {
		return true
	}
	if c.rethrow {
		panic(ex)
	}
	return false
}

// call calls fn; see try for the error handling.
func (c *ctx) call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if fn == nil {
		return goja.Undefined(), false
	}
	if this == nil {
		this = goja.Undefined()
	}
	v, err := fn(this, args...)
	if err != nil {
		propagateUncatchable(err)
		if c.rethrow {
			panic(err)
		}
		return goja.Undefined(), false
	}
	if v == nil {
		v = goja.Undefined()
	}
	return v, true
}

// get returns o[name] (invoking getters), or undefined if that throws.
func (c *ctx) get(o *goja.Object, name string) goja.Value {
	var v goja.Value
	if !c.try(func() { v = o.Get(name) }) || v == nil {
		return goja.Undefined()
	}
	return v
}

// toString converts v like String(v), or returns fallback if that throws.
func (c *ctx) toString(v goja.Value, fallback string) string {
	if v == nil {
		return "undefined"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	if _, ok := v.(*goja.Object); !ok {
		return jsString(v)
	}
	var s string
	if !c.try(func() { s = jsString(v) }) {
		return fallback
	}
	return s
}

func isUndef(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

func isBoolean(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, ok := v.(*goja.Object); ok {
		return false
	}
	_, ok := v.Export().(bool)
	return ok
}

func isFunc(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// stylize is Node's stylizeWithColor / stylizeNoColor.
func (c *ctx) stylize(s, styleType string) string {
	if !c.colors {
		return s
	}
	return stylizeWithColor(s, styleType)
}

func stylizeWithColor(s, styleType string) string {
	var open, close int
	switch styleType {
	case "special":
		open, close = 36, 39
	case "number", "bigint", "boolean":
		open, close = 33, 39
	case "undefined":
		open, close = 90, 39
	case "null":
		open, close = 1, 22
	case "string", "symbol":
		open, close = 32, 39
	case "date":
		open, close = 35, 39
	case "regexp":
		open, close = 31, 39
	case "module":
		open, close = 4, 24
	default:
		return s
	}
	return "\x1b[" + strconv.Itoa(open) + "m" + s + "\x1b[" + strconv.Itoa(close) + "m"
}

// depthExceeded is Node's `recurseTimes > ctx.depth && ctx.depth !== null`.
func (c *ctx) depthExceeded(recurseTimes int) bool {
	return float64(recurseTimes) > c.depth
}

// formatValue is Node's formatValue.
func (c *ctx) formatValue(v goja.Value, recurseTimes int, typedArray bool) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return c.formatPrimitive(v, true)
	}
	if c.nesting >= maxNesting {
		return c.stylize("[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special")
	}
	c.nesting++
	defer func() { c.nesting-- }()

	context := o
	k := kindOf(o)
	isProxy := false
	if k == kindProxy {
		var target, handler *goja.Object
		if p, ok := o.Export().(goja.Proxy); ok {
			target, handler = p.Target(), p.Handler()
		}
		if target == nil {
			return c.stylize("<Revoked Proxy>", "special")
		}
		if c.showProxy {
			return c.formatProxy(target, handler, recurseTimes)
		}
		o = target
		k = kindOf(o)
		isProxy = true
		if k == kindProxy && !c.rethrow {
			// A proxy whose target is a revoked proxy: Node throws on the
			// first operation; the non-throwing API shows the revocation.
			if p, ok := o.Export().(goja.Proxy); ok && p.Target() == nil {
				return c.stylize("<Revoked Proxy>", "special")
			}
		}
	}

	if c.customInspect {
		if s, done := c.customInspection(o, context, isProxy, recurseTimes); done {
			return s
		}
	}

	id := identityOf(o)
	for _, s := range c.seen {
		if s == id {
			index := 1
			if c.circular == nil {
				c.circular = map[identityKey]int{id: index}
			} else if i, ok := c.circular[id]; ok {
				index = i
			} else {
				index = len(c.circular) + 1
				c.circular[id] = index
			}
			return c.stylize("[Circular *"+strconv.Itoa(index)+"]", "special")
		}
	}
	return c.formatRaw(o, k, recurseTimes, typedArray)
}

func (c *ctx) formatProxy(target, handler *goja.Object, recurseTimes int) string {
	if c.depthExceeded(recurseTimes) {
		return c.stylize("Proxy [Array]", "special")
	}
	recurseTimes++
	c.indentationLvl += 2
	var h goja.Value = goja.Null()
	if handler != nil {
		h = handler
	}
	res := []string{
		c.formatValue(target, recurseTimes, false),
		c.formatValue(h, recurseTimes, false),
	}
	c.indentationLvl -= 2
	return c.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kArrayExtrasType, recurseTimes, nil)
}

// customInspection calls value[util.inspect.custom] if present.
func (c *ctx) customInspection(o, context *goja.Object, isProxy bool, recurseTimes int) (string, bool) {
	sym := c.intr.customInspect
	if sym == nil {
		return "", false
	}
	var maybe goja.Value
	if !c.try(func() { maybe = o.GetSymbol(sym) }) {
		return "", false
	}
	fn, ok := goja.AssertFunction(maybe)
	if !ok || c.in.isInspectFunction(maybe) || c.isPrototypeObject(o) {
		return "", false
	}
	var depthArg goja.Value
	switch {
	case math.IsInf(c.depth, 1) && c.depthNull:
		depthArg = goja.Null()
	default:
		depthArg = c.rt.ToValue(c.depth - float64(recurseTimes))
	}
	isCross := isProxy || !c.instanceOfObject(context)
	opts := c.userOptionsObject(isCross)
	ret, ok := c.call(fn, context, depthArg, opts, c.in.InspectFunction())
	if !ok {
		return "", false
	}
	if r, isObj := ret.(*goja.Object); isObj && r == context {
		return "", false
	}
	if !goja.IsString(ret) {
		return c.formatValue(ret, recurseTimes, false), true
	}
	s := ret.String()
	if c.indentationLvl != 0 && strings.Contains(s, "\n") {
		s = strings.ReplaceAll(s, "\n", "\n"+spaces(c.indentationLvl))
	}
	return s, true
}

// isPrototypeObject is Node's `value.constructor && value.constructor.prototype === value`.
func (c *ctx) isPrototypeObject(o *goja.Object) bool {
	res := false
	c.try(func() {
		ctor, ok := o.Get("constructor").(*goja.Object)
		if !ok {
			return
		}
		p, ok := ctor.Get("prototype").(*goja.Object)
		res = ok && p == o
	})
	return res
}

func (c *ctx) instanceOfObject(o *goja.Object) bool {
	if c.intr.objectCtor == nil {
		return true
	}
	res := true
	_ = c.rt.Try(func() { res = c.rt.InstanceOf(o, c.intr.objectCtor) })
	return res
}

// userOptionsObject is Node's getUserOptions.
func (c *ctx) userOptionsObject(isCross bool) *goja.Object {
	rt := c.rt
	var o *goja.Object
	if isCross {
		o = rt.CreateObject(nil)
	} else {
		o = rt.NewObject()
	}
	colors := c.colors
	stylize := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if !colors {
			return rt.ToValue(s)
		}
		return rt.ToValue(stylizeWithColor(s, call.Argument(1).String()))
	})
	set := func(k string, v interface{}) { _ = o.Set(k, v) }
	set("stylize", stylize)
	set("showHidden", c.showHidden)
	if math.IsInf(c.depth, 1) && c.depthNull {
		set("depth", goja.Null())
	} else {
		set("depth", c.depth)
	}
	set("colors", c.colors)
	set("customInspect", c.customInspect)
	set("showProxy", c.showProxy)
	set("maxArrayLength", intOption(c.maxArrayLength))
	set("maxStringLength", intOption(c.maxStringLength))
	set("breakLength", intOption(c.breakLength))
	switch {
	case c.compactTrue:
		set("compact", true)
	case c.compact == 0:
		set("compact", false)
	default:
		set("compact", c.compact)
	}
	if c.sortFnValue != nil {
		set("sorted", c.sortFnValue)
	} else {
		set("sorted", c.sorted)
	}
	switch c.getters {
	case gettersAll:
		set("getters", true)
	case gettersGet:
		set("getters", "get")
	case gettersSet:
		set("getters", "set")
	default:
		set("getters", false)
	}
	set("numericSeparator", c.numericSeparator)
	if u := c.userOptions; u != nil {
		c.try(func() {
			for _, k := range u.Keys() {
				v := u.Get(k)
				if isCross {
					if _, isObj := v.(*goja.Object); isObj {
						continue
					}
				}
				_ = o.Set(k, v)
			}
			for _, s := range u.Symbols() {
				_ = o.SetSymbol(s, u.GetSymbol(s))
			}
		})
	}
	return o
}

func intOption(n int) float64 {
	if n == math.MaxInt {
		return math.Inf(1)
	}
	return float64(n)
}

// formatPrimitive is Node's formatPrimitive; color selects ctx.stylize or
// stylizeNoColor.
func (c *ctx) formatPrimitive(v goja.Value, color bool) string {
	st := func(s, t string) string {
		if color {
			return c.stylize(s, t)
		}
		return s
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		return st("undefined", "undefined")
	case goja.IsNull(v):
		return st("null", "null")
	case goja.IsString(v):
		return c.formatString(jsString(v), st)
	case goja.IsNumber(v):
		return st(formatNumberString(v.ToFloat(), c.numericSeparator), "number")
	case goja.IsBigInt(v):
		return st(formatBigIntString(v.String(), c.numericSeparator), "bigint")
	}
	if s, ok := v.(*goja.Symbol); ok {
		return st("Symbol("+s.String()+")", "symbol")
	}
	if isBoolean(v) {
		if v.ToBoolean() {
			return st("true", "boolean")
		}
		return st("false", "boolean")
	}
	return st(v.String(), "undefined")
}

func (c *ctx) formatString(value string, st func(s, t string) string) string {
	trailer := ""
	length := utf16Len(value)
	if length > c.maxStringLength {
		remaining := length - c.maxStringLength
		value = utf16Slice(value, c.maxStringLength)
		length = c.maxStringLength
		trailer = "... " + strconv.Itoa(remaining) + " more character"
		if remaining > 1 {
			trailer += "s"
		}
	}
	if !c.compactTrue && length > 16 && length > c.breakLength-c.indentationLvl-4 {
		// Split after every newline, like value.split(/(?<=\n)/).
		var b strings.Builder
		sep := " +\n" + spaces(c.indentationLvl+2)
		first := true
		for len(value) > 0 {
			i := strings.IndexByte(value, '\n')
			var line string
			if i < 0 || i == len(value)-1 {
				line, value = value, ""
			} else {
				line, value = value[:i+1], value[i+1:]
			}
			if !first {
				b.WriteString(sep)
			}
			first = false
			b.WriteString(st(strEscape(line), "string"))
		}
		if first {
			b.WriteString(st(strEscape(""), "string"))
		}
		return b.String() + trailer
	}
	return st(strEscape(value), "string") + trailer
}

// getPrefix is Node's getPrefix. ctorOK false means constructor === null.
func getPrefix(constructor string, ctorOK bool, tag, fallback, size string) string {
	if !ctorOK {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

// internalConstructorName approximates V8's JSReceiver::GetConstructorName,
// used for objects whose prototype chain has no usable constructor: the
// built-in type of the object, else the first string Symbol.toStringTag
// data property or named constructor data property (other than Object) on
// the prototype chain, else "Object".
func (c *ctx) internalConstructorName(o *goja.Object, k objKind) string {
	if name := builtinKindName(k); name != "" {
		return name
	}
	if k == kindTypedArray {
		if t := c.typedArrayName(o); t != "" {
			return t
		}
	}
	cur := o
	for i := 0; cur != nil && i < maxPrototypeChain; i++ {
		if d, found := c.getOwnDesc(cur, goja.SymToStringTag); found && goja.IsString(d.value) {
			return d.value.String()
		}
		if d, found := c.getOwnDesc(cur, c.rt.ToValue("constructor")); found {
			if ctor, ok := d.value.(*goja.Object); ok && isFunc(ctor) {
				if nd, found := c.getOwnDesc(ctor, c.rt.ToValue("name")); found && goja.IsString(nd.value) {
					if n := nd.value.String(); n != "" && n != "Object" {
						return n
					}
				}
			}
		}
		var next *goja.Object
		if !c.try(func() { next = cur.Prototype() }) {
			break
		}
		cur = next
	}
	return "Object"
}

func builtinKindName(k objKind) string {
	switch k {
	case kindArray:
		return "Array"
	case kindFunction, kindClass:
		return "Function"
	case kindAsyncFunction:
		return "AsyncFunction"
	case kindGeneratorFunction:
		return "GeneratorFunction"
	case kindMap:
		return "Map"
	case kindSet:
		return "Set"
	case kindWeakMap:
		return "WeakMap"
	case kindWeakSet:
		return "WeakSet"
	case kindDate:
		return "Date"
	case kindRegExp:
		return "RegExp"
	case kindError:
		return "Error"
	case kindNumberObject:
		return "Number"
	case kindStringObject:
		return "String"
	case kindBooleanObject:
		return "Boolean"
	case kindSymbolObject:
		return "Symbol"
	case kindBigIntObject:
		return "BigInt"
	case kindPromise:
		return "Promise"
	case kindArrayBuffer:
		return "ArrayBuffer"
	case kindDataView:
		return "DataView"
	}
	return ""
}

func (c *ctx) typedArrayName(o *goja.Object) string {
	if c.intr.typedArrayTag == nil {
		return ""
	}
	v, ok := c.call(c.intr.typedArrayTag, o)
	if !ok || !goja.IsString(v) {
		return ""
	}
	return v.String()
}

func (c *ctx) getCtxStyle(o *goja.Object, k objKind, constructor string, ctorOK bool, tag string) string {
	fallback := ""
	if !ctorOK {
		fallback = c.internalConstructorName(o, k)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(constructor, ctorOK, tag, fallback, "")
}

// getConstructorName is Node's getConstructorName. ok is false for a null
// constructor (an object without prototype).
func (c *ctx) getConstructorName(obj *goja.Object, k objKind, recurseTimes int, protoProps *[]string) (string, bool) {
	var firstProto *goja.Object
	firstProtoSet := false
	tmp := obj
	for steps, o := 0, obj; o != nil && steps < maxPrototypeChain; steps++ {
		if o == c.intr.objectProto || o == c.intr.functionProto {
			name := "Object"
			if o == c.intr.functionProto {
				name = "Function"
			}
			if protoProps != nil && (!firstProtoSet || firstProto != o) {
				start := firstProto
				if !firstProtoSet {
					start = tmp
				}
				c.addPrototypeProperties(tmp, start, recurseTimes, protoProps)
			}
			return name, true
		}
		if d, found := c.getOwnDesc(o, c.rt.ToValue("constructor")); found {
			if ctor, isObj := d.value.(*goja.Object); isObj && isFunc(ctor) {
				name := c.get(ctor, "name")
				if !(goja.IsString(name) && name.String() == "") && c.isInstanceof(tmp, ctor) {
					nameStr := c.toString(name, "")
					if protoProps != nil && (!firstProtoSet || firstProto != o || !isBuiltinName(nameStr)) {
						start := firstProto
						if !firstProtoSet {
							start = tmp
						}
						c.addPrototypeProperties(tmp, start, recurseTimes, protoProps)
					}
					return nameStr, true
				}
			}
		}
		var next *goja.Object
		if !c.try(func() { next = o.Prototype() }) {
			next = nil
		}
		o = next
		if !firstProtoSet {
			firstProto = o
			firstProtoSet = true
		}
	}
	if firstProto == nil {
		return "", false
	}
	res := c.internalConstructorName(tmp, k)
	if c.depthExceeded(recurseTimes) {
		return res + " <Complex prototype>", true
	}
	protoConstr, ok := c.getConstructorName(firstProto, kindOf(firstProto), recurseTimes+1, protoProps)
	if !ok {
		sub := c.in.newCtx(c.config, c.rethrow)
		sub.customInspect = false
		sub.depth = -1
		sub.depthNull = false
		return res + " <" + sub.formatValue(firstProto, 0, false) + ">", true
	}
	return res + " <" + protoConstr + ">", true
}

func (c *ctx) isInstanceof(o, ctor *goja.Object) bool {
	res := false
	_ = c.rt.Try(func() { res = c.rt.InstanceOf(o, ctor) })
	return res
}

// addPrototypeProperties is Node's addPrototypeProperties (showHidden).
func (c *ctx) addPrototypeProperties(main, obj *goja.Object, recurseTimes int, output *[]string) {
	depth := 0
	var keys []propKey
	var keySet map[propKey]bool
	for {
		if depth != 0 || main == obj {
			var next *goja.Object
			if !c.try(func() { next = obj.Prototype() }) {
				return
			}
			obj = next
			if obj == nil {
				return
			}
			if d, found := c.getOwnDesc(obj, c.rt.ToValue("constructor")); found {
				if ctor, ok := d.value.(*goja.Object); ok && isFunc(ctor) {
					if isBuiltinName(c.toString(c.get(ctor, "name"), "")) {
						return
					}
				}
			}
		}
		if depth == 0 {
			keySet = map[propKey]bool{}
		} else {
			for _, k := range keys {
				keySet[k] = true
			}
		}
		keys = c.ownKeys(obj, true)
		c.seen = append(c.seen, identityOf(main))
		for _, key := range keys {
			if key.sym == nil && key.name == "constructor" {
				continue
			}
			if _, own := c.getOwnDesc(main, c.keyValue(key)); own {
				continue
			}
			if depth != 0 && keySet[key] {
				continue
			}
			d, found := c.getOwnDesc(obj, c.keyValue(key))
			if !found {
				continue
			}
			if isFunc(d.value) {
				continue
			}
			value := c.formatProperty(obj, recurseTimes, key, kObjectType, &d, main)
			if c.colors {
				*output = append(*output, "\x1b[2m"+value+"\x1b[22m")
			} else {
				*output = append(*output, value)
			}
		}
		c.seen = c.seen[:len(c.seen)-1]
		depth++
		if depth == 3 {
			return
		}
	}
}

// getTag returns value[Symbol.toStringTag] when Node would print it.
func (c *ctx) getTag(o *goja.Object) string {
	var tagV goja.Value
	if !c.try(func() { tagV = o.GetSymbol(goja.SymToStringTag) }) || !goja.IsString(tagV) {
		return ""
	}
	tag := jsString(tagV)
	if tag == "" {
		return ""
	}
	d, found := c.getOwnDesc(o, goja.SymToStringTag)
	if found && (c.showHidden || d.enumerable) {
		return ""
	}
	return tag
}

// hasIterator is Node's `Symbol.iterator in value`.
func (c *ctx) hasIterator(o *goja.Object) bool {
	if c.intr.reflectHas == nil {
		return true
	}
	v, ok := c.call(c.intr.reflectHas, goja.Undefined(), o, goja.SymIterator)
	return ok && v.ToBoolean()
}

const (
	kObjectType = iota
	kArrayType
	kArrayExtrasType
)

// effectiveProxyKind classifies a proxy that is itself the target of the
// inspected proxy (Node then only sees V8's checks through the proxy:
// Array.isArray and typeof 'function').
func effectiveProxyKind(o *goja.Object) objKind {
	cur := o
	for i := 0; i < 100; i++ {
		p, ok := cur.Export().(goja.Proxy)
		if !ok {
			break
		}
		t := p.Target()
		if t == nil {
			return kindPlain
		}
		if kindOf(t) != kindProxy {
			if kindOf(t) == kindArray {
				return kindArray
			}
			break
		}
		cur = t
	}
	if isFunc(o) {
		return kindFunction
	}
	return kindPlain
}

// formatRaw is Node's formatRaw.
func (c *ctx) formatRaw(value *goja.Object, k objKind, recurseTimes int, typedArray bool) string {
	if k == kindProxy {
		k = effectiveProxyKind(value)
	}
	var protoProps *[]string
	if c.showHidden && !c.depthExceeded(recurseTimes) {
		protoProps = &[]string{}
	}
	constructor, ctorOK := c.getConstructorName(value, k, recurseTimes, protoProps)
	if protoProps != nil && len(*protoProps) == 0 {
		protoProps = nil
	}
	tag := c.getTag(value)

	var keys []propKey
	base := ""
	var formatter func(recurseTimes int) []string
	braces := [2]string{"{", "}"}
	noIterator := true
	extrasType := kObjectType
	var numericAt func(i int) bool
	hasProtoProps := protoProps != nil

	if k == kindArray || k == kindSet || k == kindMap || k == kindTypedArray ||
		k == kindMapIterator || k == kindSetIterator {
		if !ctorOK || c.hasIterator(value) {
			noIterator = false
			switch k {
			case kindArray:
				length := c.arrayLength(value)
				prefix := ""
				if constructor != "Array" || !ctorOK || tag != "" {
					prefix = getPrefix(constructor, ctorOK, tag, "Array", "("+strconv.FormatInt(length, 10)+")")
				}
				var indexKeys []string
				keys, indexKeys = c.arrayKeys(value)
				braces = [2]string{prefix + "[", "]"}
				if length == 0 && len(keys) == 0 && !hasProtoProps {
					return braces[0] + "]"
				}
				extrasType = kArrayExtrasType
				formatter = func(rt int) []string { return c.formatArray(value, length, indexKeys, rt) }
				numericAt = func(i int) bool {
					v := c.get(value, strconv.Itoa(i))
					return goja.IsNumber(v) || goja.IsBigInt(v)
				}
			case kindSet:
				size := c.collectionSize(value, c.intr.setSize)
				prefix := getPrefix(constructor, ctorOK, tag, "Set", "("+strconv.Itoa(size)+")")
				keys = c.getKeys(value)
				formatter = func(rt int) []string { return c.formatSet(value, size, rt) }
				if size == 0 && len(keys) == 0 && !hasProtoProps {
					return prefix + "{}"
				}
				braces = [2]string{prefix + "{", "}"}
			case kindMap:
				size := c.collectionSize(value, c.intr.mapSize)
				prefix := getPrefix(constructor, ctorOK, tag, "Map", "("+strconv.Itoa(size)+")")
				keys = c.getKeys(value)
				formatter = func(rt int) []string { return c.formatMap(value, size, rt) }
				if size == 0 && len(keys) == 0 && !hasProtoProps {
					return prefix + "{}"
				}
				braces = [2]string{prefix + "{", "}"}
			case kindTypedArray:
				keys, _ = c.arrayKeys(value)
				fallback := ""
				if !ctorOK {
					fallback = c.typedArrayName(value)
				}
				elems := typedArrayElements(value)
				size := elems.length()
				prefix := getPrefix(constructor, ctorOK, tag, fallback, "("+strconv.Itoa(size)+")")
				braces = [2]string{prefix + "[", "]"}
				if size == 0 && len(keys) == 0 && !c.showHidden {
					return braces[0] + "]"
				}
				formatter = func(rt int) []string { return c.formatTypedArray(value, elems, rt) }
				extrasType = kArrayExtrasType
				numericAt = func(i int) bool { return i < size }
			case kindMapIterator, kindSetIterator:
				keys = c.getKeys(value)
				typ := "Map"
				if k == kindSetIterator {
					typ = "Set"
				}
				braces = getIteratorBraces(typ, tag)
				formatter = func(int) []string {
					// goja cannot preview iterator entries without consuming them.
					return []string{c.stylize("<items unknown>", "special")}
				}
			}
		}
	}
	if noIterator {
		keys = c.getKeys(value)
		braces = [2]string{"{", "}"}
		switch {
		case k.isFunction():
			base = c.getFunctionBase(value, k, constructor, ctorOK, tag)
			if len(keys) == 0 && !hasProtoProps {
				return c.stylize(base, "special")
			}
		case ctorOK && constructor == "Object":
			if k == kindArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, ctorOK, tag, "Object", "") + "{"
			}
			if len(keys) == 0 && !hasProtoProps {
				return braces[0] + "}"
			}
		case k == kindRegExp:
			base = c.regexpString(value, ctorOK)
			prefix := getPrefix(constructor, ctorOK, tag, "RegExp", "")
			if prefix != "RegExp " {
				base = prefix + base
			}
			if (len(keys) == 0 && !hasProtoProps) || c.depthExceeded(recurseTimes) {
				return c.stylize(base, "regexp")
			}
		case k == kindDate:
			base = c.dateString(value)
			prefix := getPrefix(constructor, ctorOK, tag, "Date", "")
			if prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 && !hasProtoProps {
				return c.stylize(base, "date")
			}
		case c.isError(value, k):
			base = c.formatError(value, k, constructor, ctorOK, tag, &keys)
			if len(keys) == 0 && !hasProtoProps {
				return base
			}
		case k == kindArrayBuffer:
			prefix := getPrefix(constructor, ctorOK, tag, "ArrayBuffer", "")
			if !typedArray {
				formatter = func(int) []string { return c.formatArrayBuffer(value) }
			} else if len(keys) == 0 && !hasProtoProps {
				return prefix + "{ byteLength: " + c.stylize(formatNumberString(c.get(value, "byteLength").ToFloat(), c.numericSeparator), "number") + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]propKey{{name: "byteLength"}}, keys...)
		case k == kindDataView:
			braces[0] = getPrefix(constructor, ctorOK, tag, "DataView", "") + "{"
			keys = append([]propKey{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, keys...)
		case k == kindPromise:
			braces[0] = getPrefix(constructor, ctorOK, tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return c.formatPromise(value, rt) }
		case k == kindWeakSet:
			braces[0] = getPrefix(constructor, ctorOK, tag, "WeakSet", "") + "{"
			formatter = func(int) []string { return []string{c.stylize("<items unknown>", "special")} }
		case k == kindWeakMap:
			braces[0] = getPrefix(constructor, ctorOK, tag, "WeakMap", "") + "{"
			formatter = func(int) []string { return []string{c.stylize("<items unknown>", "special")} }
		case k.isBoxed():
			base = c.getBoxedBase(value, k, &keys, constructor, ctorOK, tag)
			if len(keys) == 0 && !hasProtoProps {
				return base
			}
		default:
			if len(keys) == 0 && !hasProtoProps {
				return c.getCtxStyle(value, k, constructor, ctorOK, tag) + "{}"
			}
			braces[0] = c.getCtxStyle(value, k, constructor, ctorOK, tag) + "{"
		}
	}

	if c.depthExceeded(recurseTimes) {
		name := c.getCtxStyle(value, k, constructor, ctorOK, tag)
		name = name[:len(name)-1]
		if ctorOK {
			name = "[" + name + "]"
		}
		return c.stylize(name, "special")
	}
	recurseTimes++
	id := identityOf(value)
	c.seen = append(c.seen, id)
	c.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, key := range keys {
		output = append(output, c.formatProperty(value, recurseTimes, key, extrasType, nil, value))
	}
	if protoProps != nil {
		output = append(output, *protoProps...)
	}
	if c.circular != nil {
		if index, ok := c.circular[id]; ok {
			reference := c.stylize("<ref *"+strconv.Itoa(index)+">", "special")
			if !c.compactTrue {
				if base == "" {
					base = reference
				} else {
					base = reference + " " + base
				}
			} else {
				braces[0] = reference + " " + braces[0]
			}
		}
	}
	c.seen = c.seen[:len(c.seen)-1]

	if c.sorted {
		if extrasType == kObjectType {
			c.sortStrings(output)
		} else if len(keys) > 1 {
			c.sortStrings(output[len(output)-len(keys):])
		}
	}

	res := c.reduceToSingleString(output, base, braces, extrasType, recurseTimes, numericAt)
	if c.budget == nil {
		c.budget = map[int]int{}
	}
	newLength := c.budget[c.indentationLvl] + len(res)
	c.budget[c.indentationLvl] = newLength
	if newLength > budgetLimit {
		c.depth = -1
	}
	return res
}

func getIteratorBraces(typ, tag string) [2]string {
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	return [2]string{"[" + tag + "] {", "}"}
}

// sortStrings sorts like Array.prototype.sort with ctx.sorted's comparator.
func (c *ctx) sortStrings(s []string) {
	if c.sortFn == nil {
		slices.SortStableFunc(s, compareUTF16)
		return
	}
	fn := c.sortFn
	slices.SortStableFunc(s, func(a, b string) int {
		v, ok := c.call(fn, goja.Undefined(), c.rt.ToValue(a), c.rt.ToValue(b))
		if !ok {
			return 0
		}
		f := v.ToFloat()
		switch {
		case f < 0:
			return -1
		case f > 0:
			return 1
		}
		return 0
	})
}

// reduceToSingleString is Node's reduceToSingleString.
func (c *ctx) reduceToSingleString(output []string, base string, braces [2]string, extrasType, recurseTimes int, numericAt func(int) bool) string {
	if !c.compactTrue {
		if c.compact >= 1 {
			entries := len(output)
			if extrasType == kArrayExtrasType && entries > 6 {
				output = c.groupArrayElements(output, numericAt)
			}
			if float64(c.currentDepth-recurseTimes) < c.compact && entries == len(output) {
				start := len(output) + c.indentationLvl + utf16Len(braces[0]) + utf16Len(base) + 10
				if c.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						prefix := ""
						if base != "" {
							prefix = base + " "
						}
						return prefix + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		indentation := "\n" + spaces(c.indentationLvl)
		prefix := ""
		if base != "" {
			prefix = base + " "
		}
		return prefix + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
	}
	if c.isBelowBreakLength(output, 0, base) {
		b := ""
		if base != "" {
			b = " " + base
		}
		return braces[0] + b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := spaces(c.indentationLvl)
	var ln string
	if base == "" && len(braces[0]) == 1 {
		ln = " "
	} else {
		b := ""
		if base != "" {
			b = " " + base
		}
		ln = b + "\n" + indentation + "  "
	}
	return braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1]
}

func (c *ctx) isBelowBreakLength(output []string, start int, base string) bool {
	totalLength := len(output) + start
	if totalLength+len(output) > c.breakLength {
		return false
	}
	for _, o := range output {
		if c.colors {
			o = removeColors(o)
		}
		if utf16LenExceeds(o, c.breakLength-totalLength) {
			return false
		}
		totalLength += utf16Len(o)
		if totalLength > c.breakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

func padStart(s string, n int) string {
	l := utf16Len(s)
	if l >= n {
		return s
	}
	return spaces(n-l) + s
}

func padEnd(s string, n int) string {
	l := utf16Len(s)
	if l >= n {
		return s
	}
	return s + spaces(n-l)
}

// groupArrayElements is Node's groupArrayElements.
func (c *ctx) groupArrayElements(output []string, numericAt func(int) bool) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if c.maxArrayLength < len(output) {
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := c.in.StringWidth(output[i], c.colors)
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+c.indentationLvl < c.breakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := math.Min(
			math.Min(
				jsRound(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax),
				math.Floor(float64(c.breakLength-c.indentationLvl)/float64(actualMax)),
			),
			math.Min(c.compact*4, 15),
		)
		if columns <= 1 || math.IsNaN(columns) {
			return output
		}
		cols := int(columns)
		var tmp []string
		maxLineLength := make([]int, 0, cols)
		for i := 0; i < cols; i++ {
			lineMaxLength := 0
			for j := i; j < len(output); j += cols {
				if j < len(dataLen) && dataLen[j] > lineMaxLength {
					lineMaxLength = dataLen[j]
				}
			}
			maxLineLength = append(maxLineLength, lineMaxLength+separatorSpace)
		}
		usePadStart := true
		if numericAt != nil {
			for i := 0; i < len(output); i++ {
				if !numericAt(i) {
					usePadStart = false
					break
				}
			}
		}
		for i := 0; i < outputLength; i += cols {
			max := min(i+cols, outputLength)
			var str strings.Builder
			j := i
			for ; j < max-1; j++ {
				padding := maxLineLength[j-i] + utf16Len(output[j]) - dataLen[j]
				if usePadStart {
					str.WriteString(padStart(output[j]+", ", padding))
				} else {
					str.WriteString(padEnd(output[j]+", ", padding))
				}
			}
			if usePadStart {
				padding := maxLineLength[j-i] + utf16Len(output[j]) - dataLen[j] - separatorSpace
				str.WriteString(padStart(output[j], padding))
			} else {
				str.WriteString(output[j])
			}
			tmp = append(tmp, str.String())
		}
		if c.maxArrayLength < len(output) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

// jsRound is Math.round.
func jsRound(f float64) float64 {
	return math.Floor(f + 0.5)
}
