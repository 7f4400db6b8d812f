package inspect

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type nodeCase struct {
	expr, opts, want string
}

type formatCase struct {
	args, want string
}

type optionCase struct {
	expr, jsOpts string
	modify       func(o *Options)
	want         string
}

// newUtilRuntime returns a runtime with the util module loaded as the
// global `util`.
func newUtilRuntime(t testing.TB) (*goja.Runtime, *Inspector) {
	t.Helper()
	rt := goja.New()
	in := NewInspector(rt)
	module := rt.NewObject()
	require.NoError(t, module.Set("exports", rt.NewObject()))
	in.Require(rt, module)
	require.NoError(t, rt.Set("util", module.Get("exports")))
	return rt, in
}

func evalValue(t testing.TB, rt *goja.Runtime, expr string) goja.Value {
	t.Helper()
	v, err := rt.RunString("(" + expr + ")")
	require.NoError(t, err, expr)
	return v
}

func arrayValues(t testing.TB, v goja.Value) []goja.Value {
	t.Helper()
	arr, ok := v.(*goja.Object)
	require.True(t, ok)
	n := int(arr.Get("length").ToInteger())
	res := make([]goja.Value, n)
	for i := range res {
		res[i] = arr.Get(strconv.Itoa(i))
	}
	return res
}

// TestNodeInspectCases runs util.inspect(expr, opts) through the JavaScript
// util module and compares with Node's output.
func TestNodeInspectCases(t *testing.T) {
	cases := nodeInspectCases()
	require.GreaterOrEqual(t, len(cases), 120)
	for _, tc := range cases {
		t.Run(tc.expr+" "+tc.opts, func(t *testing.T) {
			rt, _ := newUtilRuntime(t)
			require.NoError(t, rt.Set("__value", evalValue(t, rt, tc.expr)))
			src := "util.inspect(__value)"
			if tc.opts != "" {
				src = "util.inspect(__value, " + tc.opts + ")"
			}
			got, err := rt.RunString(src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String())
		})
	}
}

// TestNodeInspectCasesGoAPI runs the option-less cases through the Go API.
func TestNodeInspectCasesGoAPI(t *testing.T) {
	for _, tc := range nodeInspectCases() {
		if tc.opts != "" {
			continue
		}
		rt := goja.New()
		v := evalValue(t, rt, tc.expr)
		assert.Equal(t, tc.want, Inspect(rt, v, DefaultOptions()), tc.expr)
	}
}

func TestNodeOptionCases(t *testing.T) {
	for _, tc := range nodeOptionCases() {
		t.Run(tc.expr+" "+tc.jsOpts, func(t *testing.T) {
			rt := goja.New()
			v := evalValue(t, rt, tc.expr)
			opts := DefaultOptions()
			if tc.modify != nil {
				tc.modify(&opts)
			}
			assert.Equal(t, tc.want, Inspect(rt, v, opts))
			s, err := NewInspector(rt).TryInspect(v, opts)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s)
		})
	}
}

func TestNodeFormatCases(t *testing.T) {
	cases := nodeFormatCases()
	for _, tc := range cases {
		t.Run(tc.args, func(t *testing.T) {
			rt, _ := newUtilRuntime(t)
			args := arrayValues(t, evalValue(t, rt, tc.args))
			assert.Equal(t, tc.want, Format(rt, args), "Go Format")

			require.NoError(t, rt.Set("__args", args))
			got, err := rt.RunString("util.format(...__args)")
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String(), "util.format")
		})
	}
}

func TestFormatWithOptions(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	// Expected values produced by Node v20.20.2.
	got, err := rt.RunString(`util.formatWithOptions({ depth: 0 }, 'x %O', { a: { b: 1 } }, { c: { d: 1 } })`)
	require.NoError(t, err)
	assert.Equal(t, "x { a: [Object] } { c: [Object] }", got.String())
	got, err = rt.RunString(`util.formatWithOptions({ colors: true }, 1, 'two')`)
	require.NoError(t, err)
	assert.Equal(t, "\x1b[33m1\x1b[39m two", got.String())
	_, err = rt.RunString(`util.formatWithOptions(1, 'x')`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "inspectOptions" argument must be of type object. Received type number (1)`)

	opts := DefaultOptions()
	opts.Depth = 0
	args := arrayValues(t, evalValue(t, rt, `['%s|%O', { a: { b: 1 } }, { a: { b: 1 } }]`))
	assert.Equal(t, "{ a: [Object] }|{ a: [Object] }", FormatWithOptions(rt, opts, args))
}

// TestKnownDivergences documents outputs where goja cannot match Node.
func TestKnownDivergences(t *testing.T) {
	rt := goja.New()
	cases := []struct{ expr, node, got string }{
		// goja offers no way to preview the remaining entries of a Map or
		// Set iterator without consuming it.
		{
			"(() => { const it = new Map([[1, 2]]).keys(); it.next(); it.next(); return it })()",
			"[Map Iterator] {  }",
			"[Map Iterator] { <items unknown> }",
		},
		{
			"new Map([[1, 2]]).entries()",
			"[Map Entries] { [ 1, 2 ] }",
			"[Map Iterator] { <items unknown> }",
		},
		// goja's RegExp.prototype.source escapes '/' as \u002f.
		{"new RegExp('a/b')", `/a\/b/`, `/a\u002fb/`},
		// goja cannot enumerate WeakMap entries (Node only does with showHidden).
		{"new WeakMap([[{}, 1]])", "WeakMap { <items unknown> }", "WeakMap { <items unknown> }"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.got, Inspect(rt, evalValue(t, rt, tc.expr), DefaultOptions()), tc.expr)
	}
}

var frameLine = regexp.MustCompile(`^ {4}at \S`)

// TestErrorStacks checks errors with real goja stacks. The frames cannot
// match Node's (different file names, no node:internal frames), so the
// test checks the normalised shape: Node's header line, then "    at"
// frames without goja's bytecode offsets.
func TestErrorStacks(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	v, err := rt.RunScript("test.js", `
function foo() { return new Error('boom') }
function bar() { return foo() }
util.inspect(bar())`)
	require.NoError(t, err)
	lines := strings.Split(v.String(), "\n")
	require.GreaterOrEqual(t, len(lines), 3)
	assert.Equal(t, "Error: boom", lines[0])
	assert.Regexp(t, `^    at foo \(test\.js:2:\d+\)$`, lines[1])
	assert.Regexp(t, `^    at bar \(test\.js:3:\d+\)$`, lines[2])
	for _, l := range lines[1:] {
		assert.Regexp(t, frameLine, l)
		assert.NotContains(t, l, "\t")
	}

	// Nested errors are indented like in Node:
	// { e: TypeError: nested\n      at ... }
	v, err = rt.RunScript("test2.js", `util.inspect({ e: new TypeError('nested') })`)
	require.NoError(t, err)
	assert.Regexp(t, `^\{\n  e: TypeError: nested\n      at test2\.js:1:\d+\n\}$`, v.String())

	// Thrown runtime errors, extra properties and causes.
	v, err = rt.RunScript("test3.js", `
let caught;
try { null.x } catch (e) { caught = e }
caught.code = 'E_NULL';
util.inspect(caught)`)
	require.NoError(t, err)
	assert.Regexp(t, `^TypeError: .*\n    at test3\.js:3:\d+ \{\n  code: 'E_NULL'\n\}$`, v.String())

	v, err = rt.RunScript("test4.js", `util.inspect(new Error('outer', { cause: new Error('inner') }))`)
	require.NoError(t, err)
	assert.Regexp(t, `^Error: outer\n    at test4\.js:1:\d+ \{\n  \[cause\]: Error: inner\n      at test4\.js:1:\d+\n\}$`, v.String())
}

func TestNormalizeStack(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Error: x\n\tat foo (file.js:1:2(3))\n\tat file.js:4:5(6)\n", "Error: x\n    at foo (file.js:1:2)\n    at file.js:4:5"},
		{"Error: x\n\tat max (native)\n\tat <eval>:1:1(1)\n", "Error: x\n    at max (native)\n    at <eval>:1:1"},
		{"Error: no frames\n", "Error: no frames"},
		{"Error: node style\n    at a (b.js:1:1)", "Error: node style\n    at a (b.js:1:1)"},
		{"custom\nstack\n", "custom\nstack\n"},
		{"Error: x\n\tat weird (a(b):1:2(3))\n", "Error: x\n    at weird (a(b):1:2)"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, NormalizeStack(tc.in), tc.in)
	}
}

func TestStackFrameString(t *testing.T) {
	rt := goja.New()
	var frames []goja.StackFrame
	require.NoError(t, rt.Set("capture", func(goja.FunctionCall) goja.Value {
		frames = rt.CaptureCallStack(0, nil)
		return nil
	}))
	_, err := rt.RunScript("s.js", "function f() { capture() }\nf()")
	require.NoError(t, err)
	require.Len(t, frames, 3)
	assert.Contains(t, StackFrameString(&frames[0]), "(native)")
	assert.Regexp(t, `^f \(s\.js:1:\d+\)$`, StackFrameString(&frames[1]))
	assert.Regexp(t, `^s\.js:2:\d+$`, StackFrameString(&frames[2]))
}

// TestThrowingValues: like Node, util.inspect (the JavaScript function)
// propagates exceptions thrown by user code it has to run, while the Go
// Inspect never panics and formats what it can.
func TestThrowingValues(t *testing.T) {
	cases := []struct {
		expr    string
		jsError string // substring of the error util.inspect throws in Node and here
		goValue string // what the Go Inspect returns
	}{
		{`({ get [Symbol.toStringTag]() { throw new Error('tag') } })`, "tag", "{ [Symbol(Symbol.toStringTag)]: [Getter] }"},
		// The Go API then formats like Node's customInspect: false.
		{`({ x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('custom') } })`, "custom",
			"{\n  x: 1,\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}"},
		{`(() => { const r = Proxy.revocable({}, {}); r.revoke(); return new Proxy(r.proxy, {}) })()`, "revoked", "<Revoked Proxy>"},
		{`new Proxy(new Proxy({ a: 1 }, { ownKeys() { throw new Error('keys') } }), {})`, "keys", "{}"},
	}
	for _, tc := range cases {
		t.Run(tc.expr, func(t *testing.T) {
			rt, in := newUtilRuntime(t)
			v := evalValue(t, rt, tc.expr)
			assert.Equal(t, tc.goValue, Inspect(rt, v, DefaultOptions()))
			_, err := in.TryInspect(v, DefaultOptions())
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.jsError)
			require.NoError(t, rt.Set("__value", v))
			_, err = rt.RunString("util.inspect(__value)")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.jsError)
		})
	}
}

// TestNeverPanics covers values Node handles without throwing.
func TestNeverPanics(t *testing.T) {
	// Expected values produced by Node v20.20.2.
	cases := []struct{ expr, want string }{
		{`({ get boom() { throw new Error('never called') } })`, "{ boom: [Getter] }"},
		{`(() => { const o = { a: 1 }; Object.defineProperty(o, 'constructor', { get() { throw new Error('x') } }); return o })()`, "{ a: 1 }"},
		{`(() => { const r = Proxy.revocable({}, {}); r.revoke(); return [r.proxy, { p: r.proxy }] })()`, "[ <Revoked Proxy>, { p: <Revoked Proxy> } ]"},
		{`new Proxy({}, { getPrototypeOf() { throw new Error('gp') }, ownKeys() { throw new Error('ok') } })`, "{}"},
		{`(() => { class A { static get name() { throw new Error('n') } } return 1 })()`, "1"},
		{`(() => { const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { throw new Error('s') } }); return 1 })()`, "1"},
	}
	for _, tc := range cases {
		rt, _ := newUtilRuntime(t)
		v := evalValue(t, rt, tc.expr)
		assert.Equal(t, tc.want, Inspect(rt, v, DefaultOptions()), tc.expr)
		require.NoError(t, rt.Set("__value", v))
		got, err := rt.RunString("util.inspect(__value)")
		require.NoError(t, err, tc.expr)
		assert.Equal(t, tc.want, got.String())
	}

	// Getters that throw with getters: true are reported inline (Node).
	rt, _ := newUtilRuntime(t)
	got, err := rt.RunString(`util.inspect({ get g() { throw new TypeError('bad getter') } }, { getters: true })`)
	require.NoError(t, err)
	assert.Equal(t, "{ g: [Getter: <Inspection threw (bad getter)>] }", got.String())

	// An error whose stack getter throws: the Go API falls back gracefully.
	v := evalValue(t, rt, `(() => { const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { throw new Error('s') } }); return e })()`)
	assert.Equal(t, "[Error: x]", Inspect(rt, v, DefaultOptions()))
}

func TestDeepAndLargeStructures(t *testing.T) {
	rt := goja.New()
	// Node interrupts the inspection of very deep structures.
	v := evalValue(t, rt, `(() => { const o = {}; let c = o; for (let i = 0; i < 5000; i++) { c.a = {}; c = c.a } return o })()`)
	opts := DefaultOptions()
	opts.Depth = -1
	s := Inspect(rt, v, opts)
	assert.Contains(t, s, "[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]")

	// Big arrays and maps are cut at maxArrayLength.
	v = evalValue(t, rt, `Array.from({ length: 100000 }, (_, i) => i)`)
	s = Inspect(rt, v, DefaultOptions())
	assert.True(t, strings.HasSuffix(s, "... 99900 more items\n]"), s[len(s)-40:])
	v = evalValue(t, rt, `new Map(Array.from({ length: 10000 }, (_, i) => [i, i]))`)
	s = Inspect(rt, v, DefaultOptions())
	assert.True(t, strings.HasSuffix(s, "99 => 99,\n  ... 9900 more items\n}"))

	// Wide cyclic graph.
	v = evalValue(t, rt, `(() => { const nodes = Array.from({ length: 50 }, (_, i) => ({ i })); nodes.forEach((n, i) => { n.next = nodes[(i + 1) % 50]; n.all = nodes }); return nodes })()`)
	opts = DefaultOptions()
	opts.Depth = -1
	s = Inspect(rt, v, opts)
	// Node v20.20.2 prints 630281 characters starting like this.
	assert.True(t, strings.HasPrefix(s, "<ref *2> [\n  <ref *1> {\n    i: 0,\n    next: {\n      i: 1,\n  "), s[:60])
	assert.Len(t, s, 630281)
}

func TestInterruptPropagates(t *testing.T) {
	rt := goja.New()
	v := evalValue(t, rt, `({ [Symbol.for('nodejs.util.inspect.custom')]() { for (;;) {} } })`)
	timer := time.AfterFunc(50*time.Millisecond, func() { rt.Interrupt("stop") })
	defer timer.Stop()
	assert.Panics(t, func() { Inspect(rt, v, DefaultOptions()) })
}

func TestCustomInspectArguments(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	got, err := rt.RunString(`
const seen = [];
const obj = { [util.inspect.custom](depth, options, inspect) {
	seen.push(depth, options.depth, options.breakLength, options.compact, options.custom, inspect === util.inspect, typeof options.stylize);
	return options.stylize('styled', 'special');
} };
[util.inspect({ nested: obj }, { custom: 'passed' }), util.inspect(obj, { colors: true, depth: null }), JSON.stringify(seen)]`)
	require.NoError(t, err)
	res := got.Export().([]interface{})
	assert.Equal(t, "{ nested: styled }", res[0])
	assert.Equal(t, "\x1b[36mstyled\x1b[39m", res[1])
	// Node v20.20.2: [1,2,80,3,"passed",true,"function",null,null,80,3,null,true,"function"]
	assert.Equal(t, `[1,2,80,3,"passed",true,"function",null,null,80,3,null,true,"function"]`, res[2])
}

func TestDefaultOptionsObject(t *testing.T) {
	rt, in := newUtilRuntime(t)
	got, err := rt.RunString(`
const before = util.inspect({ a: { b: { c: { d: 1 } } } });
util.inspect.defaultOptions.depth = 0;
const during = util.format('%O', { a: { b: 1 } });
util.inspect.defaultOptions = { depth: 2, breakLength: 10 };
const after = util.inspect({ a: 1, b: 2 });
[before, during, after, Object.keys(util.inspect.defaultOptions).join()]`)
	require.NoError(t, err)
	res := got.Export().([]interface{})
	// Node v20.20.2 results.
	assert.Equal(t, "{ a: { b: { c: [Object] } } }", res[0])
	assert.Equal(t, "{ a: [Object] }", res[1])
	assert.Equal(t, "{\n  a: 1,\n  b: 2\n}", res[2])
	assert.Equal(t, "showHidden,depth,colors,customInspect,showProxy,maxArrayLength,maxStringLength,breakLength,compact,sorted,getters,numericSeparator", res[3])
	assert.Equal(t, 10, in.DefaultOptions().BreakLength)
	// The Inspector's Format follows the live defaults too.
	assert.Equal(t, "{\n  a: 1,\n  b: 2\n}", in.Format([]goja.Value{evalValue(t, rt, "{ a: 1, b: 2 }")}))

	_, err = rt.RunString(`util.inspect.defaultOptions = null`)
	require.Error(t, err)
	_, err = rt.RunString(`util.inspect.defaultOptions = { unknownOption: 1 }`)
	require.Error(t, err)
}

func TestLegacyInspectSignature(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	// Node v20.20.2 results.
	got, err := rt.RunString(`[
		util.inspect({ a: { b: { c: {} } } }, false, 0),
		util.inspect(Object.defineProperty({}, 'h', { value: 1 }), true),
		util.inspect('s', false, null, true),
	]`)
	require.NoError(t, err)
	assert.Equal(t, []interface{}{"{ a: [Object] }", "{ [h]: 1 }", "\x1b[32m's'\x1b[39m"}, got.Export())
}

func TestUtilModule(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	// Expected values produced by Node v20.20.2.
	cases := []struct{ src, want string }{
		{`typeof util.inspect.custom + ' ' + (util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'))`, "symbol true"},
		{`util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')`, "true"},
		{`util.inspect(util.inspect)`, "[Function: inspect] {\n  custom: Symbol(nodejs.util.inspect.custom),\n  colors: [Object: null prototype] {\n    reset: [ 0, 0 ],\n    bold: [ 1, 22 ],\n    dim: [ 2, 22 ],\n    italic: [ 3, 23 ],\n    underline: [ 4, 24 ],\n    blink: [ 5, 25 ],\n    inverse: [ 7, 27 ],\n    hidden: [ 8, 28 ],\n    strikethrough: [ 9, 29 ],\n    doubleunderline: [ 21, 24 ],\n    black: [ 30, 39 ],\n    red: [ 31, 39 ],\n    green: [ 32, 39 ],\n    yellow: [ 33, 39 ],\n    blue: [ 34, 39 ],\n    magenta: [ 35, 39 ],\n    cyan: [ 36, 39 ],\n    white: [ 37, 39 ],\n    bgBlack: [ 40, 49 ],\n    bgRed: [ 41, 49 ],\n    bgGreen: [ 42, 49 ],\n    bgYellow: [ 43, 49 ],\n    bgBlue: [ 44, 49 ],\n    bgMagenta: [ 45, 49 ],\n    bgCyan: [ 46, 49 ],\n    bgWhite: [ 47, 49 ],\n    framed: [ 51, 54 ],\n    overlined: [ 53, 55 ],\n    gray: [ 90, 39 ],\n    redBright: [ 91, 39 ],\n    greenBright: [ 92, 39 ],\n    yellowBright: [ 93, 39 ],\n    blueBright: [ 94, 39 ],\n    magentaBright: [ 95, 39 ],\n    cyanBright: [ 96, 39 ],\n    whiteBright: [ 97, 39 ],\n    bgGray: [ 100, 49 ],\n    bgRedBright: [ 101, 49 ],\n    bgGreenBright: [ 102, 49 ],\n    bgYellowBright: [ 103, 49 ],\n    bgBlueBright: [ 104, 49 ],\n    bgMagentaBright: [ 105, 49 ],\n    bgCyanBright: [ 106, 49 ],\n    bgWhiteBright: [ 107, 49 ]\n  },\n  styles: [Object: null prototype] {\n    special: 'cyan',\n    number: 'yellow',\n    bigint: 'yellow',\n    boolean: 'yellow',\n    undefined: 'grey',\n    null: 'bold',\n    string: 'green',\n    symbol: 'green',\n    date: 'magenta',\n    regexp: 'red',\n    module: 'underline'\n  }\n}"},
		{`[util.isArray([]), util.isArray({}), util.isError(new TypeError()), util.isPrimitive(1), util.isObject(null), util.isFunction(() => {})].join()`, "true,false,true,true,false,true"},
		{`util.stripVTControlCharacters('\x1b[31mred\x1b[39m \x1b]8;;http://x\x07link\x1b]8;;\x07')`, "red link"},
		{`function A() {} function B() {} util.inherits(B, A); [new B() instanceof A, B.super_ === A, Object.keys(B).length].join()`, "true,true,0"},
		{`try { util.inherits(function () {}, null) } catch (e) { e.code + ': ' + e.message }`, `ERR_INVALID_ARG_TYPE: The "superCtor" argument must be of type function. Received null`},
		{`try { util.promisify('x') } catch (e) { util.inspect(e).split('\n')[0] }`, `TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received type string ('x')`},
		{`const f = util.promisify(function named(a, b, cb) { cb(null, a + b) }); [f.name, f.length, util.promisify(f) === f].join()`, "named,3,true"},
		{`function g(cb) {} g[util.promisify.custom] = () => 'custom'; util.promisify(g)()`, "custom"},
		{`const cbf = util.callbackify(async function af(x) { return x }); [cbf.name, cbf.length].join()`, "afCallbackified,2"},
		{`util.isDeepStrictEqual({ a: [1, { b: new Map([[{ k: 1 }, new Set([1])]]) }] }, { a: [1, { b: new Map([[{ k: 1 }, new Set([1])]]) }] })`, "true"},
		{`[util.isDeepStrictEqual(1, '1'), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]), util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(Object.create(null), {}), util.isDeepStrictEqual(new Number(1), new Number(1)), util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])), util.isDeepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 })].join()`,
			"false,true,false,false,true,false,false,true,true,false"},
		{`const c1 = { a: 1 }; c1.self = c1; const c2 = { a: 1 }; c2.self = c2; util.isDeepStrictEqual(c1, c2)`, "true"},
		{`const t = util.types; [t.isPromise(Promise.resolve()), t.isDate(new Date()), t.isRegExp(/x/), t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()), t.isNativeError(new RangeError()), t.isNativeError({ name: 'Error' }), t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}), t.isGeneratorFunction(function* () {}), t.isGeneratorObject((function* () {})()), t.isTypedArray(new Int8Array()), t.isUint8Array(new Uint8Array()), t.isUint8Array(new Int8Array()), t.isArrayBuffer(new ArrayBuffer(1)), t.isDataView(new DataView(new ArrayBuffer(1))), t.isProxy(new Proxy({}, {})), t.isBoxedPrimitive(new String('')), t.isBoxedPrimitive(''), t.isArgumentsObject((function () { return arguments })()), t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isMap(new Proxy(new Map(), {}))].join()`,
			"true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,false,true,true,true,true,false,true,true,true,false"},
	}
	for _, tc := range cases {
		got, err := rt.RunString(tc.src)
		require.NoError(t, err, tc.src)
		assert.Equal(t, tc.want, got.String(), tc.src)
	}

	// callbackify delivers results through the callback (no process object:
	// a microtask is used instead of process.nextTick).
	got, err := rt.RunString(`
const results = [];
util.callbackify(async (x) => x * 2)(21, (err, v) => results.push(err, v));
util.callbackify(async () => { throw null })((err) => results.push(err.code, err.message, err.reason));
results`)
	require.NoError(t, err)
	assert.Equal(t, []interface{}{nil, int64(42), "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value", nil}, got.Export())

	// promisify resolves and rejects.
	got, err = rt.RunString(`
const out = [];
const ok = util.promisify((a, cb) => cb(null, a + 1));
const bad = util.promisify((cb) => cb(new Error('nope')));
ok(1).then((v) => out.push(v));
bad().catch((e) => out.push(e.message));
out`)
	require.NoError(t, err)
	assert.Equal(t, []interface{}{int64(2), "nope"}, got.Export())
}

func TestDeprecate(t *testing.T) {
	rt, _ := newUtilRuntime(t)
	got, err := rt.RunString(`
const warnings = [];
globalThis.process = { emitWarning: (...args) => warnings.push([args[0], args[1], typeof args[2] === 'function' ? 'fn' : args[2]].join('|')) };
const f = util.deprecate((a) => a + 1, 'f is deprecated', 'DEP0999');
const g = util.deprecate(function G() { this.x = 1 }, 'g is deprecated');
const h = util.deprecate(() => 0, 'h shares the code', 'DEP0999');
const r = [f(1), f(2), new g().x, new g() instanceof g, h()];
process.noDeprecation = true;
util.deprecate(() => 0, 'silenced')();
[r.join(), warnings.join(';')]`)
	require.NoError(t, err)
	// Node v20.20.2 (with the same process.emitWarning stub).
	assert.Equal(t, []interface{}{"2,3,1,true,0",
		"f is deprecated|DeprecationWarning|DEP0999;g is deprecated|DeprecationWarning|fn"},
		got.Export())
}

// TestPrimitiveFastPath checks that formatting a single string (the
// console.log('text') case) does not allocate, and that primitives do not
// touch the runtime's globals.
func TestPrimitiveFastPath(t *testing.T) {
	rt := goja.New()
	in := NewInspector(rt)
	args := []goja.Value{rt.ToValue("hello world")}
	allocs := testing.AllocsPerRun(100, func() {
		if in.Format(args) != "hello world" {
			t.Fatal("wrong output")
		}
		if s, err := in.TryFormat(args); err != nil || s != "hello world" {
			t.Fatal("wrong output")
		}
	})
	assert.Zero(t, allocs)
	assert.Nil(t, in.intr, "no built-ins should have been looked up")

	_, err := rt.RunString(`delete globalThis.Object; delete globalThis.Symbol; delete globalThis.Reflect`)
	require.NoError(t, err)
	assert.Equal(t, "42", Inspect(rt, rt.ToValue(42), DefaultOptions()))
	assert.Equal(t, "'x'", Inspect(rt, rt.ToValue("x"), DefaultOptions()))
	// Even without the built-ins, objects are formatted without panicking.
	assert.NotPanics(t, func() { Inspect(rt, evalValue(t, rt, "[{ a: 1 }, new Map([[1, 2]])]"), DefaultOptions()) })
}

func TestNumberToString(t *testing.T) {
	rt := goja.New()
	for _, f := range []float64{0, 1, -1, 0.1, 1.5e300, 1e21, 1e-7, 123456789012345680000, 1e20, 5e-324,
		math.MaxFloat64, 0.000001, 1.2345678901234567e-7, 100, 1e6, 2 << 60, -1.5e-10} {
		assert.Equal(t, rt.ToValue(f).String(), numberToString(f), "%v", f)
	}
}

func TestStringWidth(t *testing.T) {
	assert.Equal(t, 5, StringWidth("hello", true))
	assert.Equal(t, 6, StringWidth("日本語", true))
	assert.Equal(t, 3, StringWidth("\x1b[31mred\x1b[39m", true))
	assert.Equal(t, 1, StringWidth("e\u0301", true))
	assert.Equal(t, 2, StringWidth("😀", true))
}

// FuzzInspect builds values from fuzzed JSON or small JavaScript snippets
// and checks that Inspect and Format never panic and never hit the
// internal-error fallback, whatever the options.
func FuzzInspect(f *testing.F) {
	seeds := []string{
		`{"a":1,"b":[1,2,{"c":null}],"d":"str"}`,
		`[[[[[[]]]]]]`,
		`"\u0000\ud800"`,
		`(() => { const o = {}; o.o = o; return [o, new Map([[o, o]])] })()`,
		`new Proxy({}, { ownKeys() { throw 1 } })`,
		`({ get [Symbol.toStringTag]() { throw new Error() } })`,
		`(() => { const r = Proxy.revocable([], {}); r.revoke(); return { r: r.proxy } })()`,
		`Object.setPrototypeOf(new Error('x'), null)`,
		`[new Uint8Array(3), new ArrayBuffer(2), new DataView(new ArrayBuffer(1)), Promise.reject(1)]`,
		`({ [Symbol.for('nodejs.util.inspect.custom')]: (d, o, i) => i({ d }, o) })`,
		`Array.from({ length: 200 }, (_, i) => 'x'.repeat(i % 7))`,
		`%s %d %i %f %j %o %O %c %%`,
		`class A extends Array {}; Object.setPrototypeOf(new A(1), null)`,
	}
	for _, s := range seeds {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, src string, optBits uint8) {
		if len(src) > 2000 {
			return
		}
		rt := goja.New()
		timer := time.AfterFunc(50*time.Millisecond, func() { rt.Interrupt("timeout") })
		defer timer.Stop()
		// Crash (so that the fuzzer records the input) if Go code loops.
		watchdog := time.AfterFunc(20*time.Second, func() { panic("inspection did not finish: " + strconv.Quote(src)) })
		defer watchdog.Stop()
		var v goja.Value
		if err := rt.Try(func() {
			parse, _ := goja.AssertFunction(rt.GlobalObject().Get("JSON").ToObject(rt).Get("parse"))
			pv, err := parse(goja.Undefined(), rt.ToValue(src))
			if err == nil {
				v = pv
			}
		}); err != nil {
			return
		}
		if v == nil {
			var err error
			v, err = rt.RunString("(" + src + "\n)")
			if err != nil {
				v = rt.ToValue(src)
			}
		}
		opts := DefaultOptions()
		opts.ShowHidden = optBits&1 != 0
		opts.ShowProxy = optBits&2 != 0
		opts.Sorted = optBits&4 != 0
		opts.Getters = optBits&8 != 0
		opts.Colors = optBits&16 != 0
		if optBits&32 != 0 {
			opts.Depth = -1
		}
		if optBits&64 != 0 {
			opts.Compact = -1
		}
		if optBits&128 != 0 {
			opts.BreakLength = math.MaxInt
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(*goja.InterruptedError); ok {
						return // the timeout fired inside user code
					}
					panic(r)
				}
			}()
			s := Inspect(rt, v, opts)
			assert.NotContains(t, s, internalErrorPrefix)
			s = FormatWithOptions(rt, opts, []goja.Value{rt.ToValue(src), v, v})
			assert.NotContains(t, s, internalErrorPrefix)
			_, _ = NewInspector(rt).TryInspect(v, opts)
		}()
	})
}

type goNode struct {
	Name string
	Next *goNode
}

// TestGoValues: Go values exposed with rt.ToValue are re-wrapped on every
// property access, so cycles are detected through the Go references.
func TestGoValues(t *testing.T) {
	rt := goja.New()
	n := &goNode{Name: "a"}
	n.Next = &goNode{Name: "b", Next: n}
	opts := DefaultOptions()
	opts.Depth = -1
	// Node prints the equivalent JS structure like this.
	assert.Equal(t, "<ref *1> { Name: 'a', Next: { Name: 'b', Next: [Circular *1] } }", Inspect(rt, rt.ToValue(n), opts))
	assert.Equal(t, "[ 1, 2, 3 ]", Inspect(rt, rt.ToValue([]int{1, 2, 3}), DefaultOptions()))
	assert.Equal(t, "{ A: 1, B: 'x' }", Inspect(rt, rt.ToValue(struct {
		A int
		B string
	}{1, "x"}), DefaultOptions()))
}

// TestCaptureBuiltins: built-ins captured before user code runs are not
// affected by later monkey-patching (Node uses primordials).
func TestCaptureBuiltins(t *testing.T) {
	rt := goja.New()
	in := NewInspector(rt)
	in.CaptureBuiltins()
	_, err := rt.RunString(`Map.prototype.entries = function () { throw new Error('patched') }; Object.getOwnPropertyDescriptor = () => undefined`)
	require.NoError(t, err)
	s, err := in.TryInspect(evalValue(t, rt, "new Map([['a', { b: 1 }]])"), DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, "Map(1) { 'a' => { b: 1 } }", s)
}
