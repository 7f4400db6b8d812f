package console

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/inspect"
)

type consoleCase struct {
	name, src, stdout, stderr string
}

type formatTimeCase struct {
	ms   float64
	want string
}

// lineWriter records every Write call to check that writes are whole lines.
type lineWriter struct {
	bytes.Buffer
	writes []string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return w.Buffer.Write(p)
}

type harness struct {
	rt             *goja.Runtime
	stdout, stderr *lineWriter
	clock          time.Duration
}

func newHarness(t testing.TB, modify func(o *Options)) *harness {
	t.Helper()
	h := &harness{rt: goja.New(), stdout: &lineWriter{}, stderr: &lineWriter{}}
	opts := Options{Stdout: h.stdout, Stderr: h.stderr, Now: func() time.Duration { return h.clock }}
	if modify != nil {
		modify(&opts)
	}
	require.NoError(t, h.rt.Set("console", New(h.rt, opts)))
	require.NoError(t, h.rt.Set("advance", func(ms float64) { h.clock += time.Duration(ms * float64(time.Millisecond)) }))
	return h
}

func (h *harness) run(t testing.TB, src string) {
	t.Helper()
	_, err := h.rt.RunString(src)
	require.NoError(t, err, src)
}

var pidRe = regexp.MustCompile(`\(jsloop:\d+\)`)

// nodeStderr maps our warning lines to the normalised form of Node's.
func nodeStderr(s string) string {
	s = pidRe.ReplaceAllString(s, "(node:PID)")
	return strings.ReplaceAll(s, "`jsloop --trace-warnings", "`node --trace-warnings")
}

func TestNodeConsoleCases(t *testing.T) {
	for _, tc := range nodeConsoleCases() {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.run(t, tc.src)
			assert.Equal(t, tc.stdout, h.stdout.String(), "stdout")
			assert.Equal(t, tc.stderr, nodeStderr(h.stderr.String()), "stderr")
			for _, w := range append(h.stdout.writes, h.stderr.writes...) {
				assert.True(t, strings.HasSuffix(w, "\n"), "write %q is not a whole line", w)
			}
		})
	}
}

func TestFormatTime(t *testing.T) {
	for _, tc := range nodeFormatTimeCases() {
		assert.Equal(t, tc.want, FormatTime(tc.ms), "%v", tc.ms)
	}
}

func TestTime(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t, `
console.time();
advance(1.2345);
console.timeLog();
advance(1000);
console.timeLog('default', 'extra', { a: 1 });
console.time('long');
advance(3723004.5);
console.timeEnd('long');
console.timeEnd();
console.timeEnd();
console.time(42); advance(0.5); console.timeEnd('42');
`)
	// Node v20.20.2's formatTime gives 1.234ms, 1.001s,
	// 1:02:03.005 (h:mm:ss.mmm), 1:02:04.006 (h:mm:ss.mmm) and 0.5ms for
	// these durations; the lines are printed as '%s: %s' label, time, ...data.
	assert.Equal(t, "default: 1.234ms\n"+
		"default: 1.001s extra { a: 1 }\n"+
		"long: 1:02:03.005 (h:mm:ss.mmm)\n"+
		"default: 1:02:04.006 (h:mm:ss.mmm)\n"+
		"42: 0.5ms\n", h.stdout.String())
	assert.Equal(t, "(node:PID) Warning: No such label 'default' for console.timeEnd()\n"+
		"(Use `node --trace-warnings ...` to show where the warning was created)\n", nodeStderr(h.stderr.String()))
}

func TestTimeSymbolLabelThrows(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.rt.RunString(`console.time(Symbol('x'))`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Cannot convert a Symbol value to a string")
}

// TestTrace: the stack frames come from goja and cannot match Node's, so
// only their shape is checked; the header line is Node's.
func TestTrace(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.rt.RunScript("trace.js", `
function inner() { console.trace('here %d', 1, { a: 1 }) }
function outer() { inner() }
outer();
console.trace();`)
	require.NoError(t, err)
	assert.Empty(t, h.stdout.String())
	parts := strings.SplitAfter(h.stderr.String(), "\n")
	require.Len(t, h.stderr.writes, 2)
	first := strings.Split(strings.TrimSuffix(h.stderr.writes[0], "\n"), "\n")
	assert.Equal(t, "Trace: here 1 { a: 1 }", first[0])
	assert.Regexp(t, `^    at inner \(trace\.js:2:\d+\)$`, first[1])
	assert.Regexp(t, `^    at outer \(trace\.js:3:\d+\)$`, first[2])
	assert.Regexp(t, `^    at trace\.js:4:\d+$`, first[3])
	assert.Len(t, first, 4)
	second := strings.Split(strings.TrimSuffix(h.stderr.writes[1], "\n"), "\n")
	assert.Equal(t, "Trace", second[0])
	assert.Regexp(t, `^    at trace\.js:5:\d+$`, second[1])
	assert.NotEmpty(t, parts)

	// Inside a group every line is indented.
	h = newHarness(t, nil)
	h.run(t, `console.group(); (function f() { console.trace('x') })()`)
	for _, l := range strings.Split(strings.TrimSuffix(h.stderr.String(), "\n"), "\n") {
		assert.True(t, strings.HasPrefix(l, "  "), l)
	}
}

func TestDetachedAndNames(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t, `
const bad = Object.keys(console).filter((k) => typeof console[k] !== 'function' || console[k].name !== k);
const { log } = console;
log.call(null, 'detached', bad.length);
console.log(Object.prototype.toString.call(console));`)
	// Node v20.20.2 prints the same (its console methods are bound and
	// named after their keys).
	assert.Equal(t, "detached 0\n[object console]\n", h.stdout.String())
}

func TestReplacedMethodsAreUsed(t *testing.T) {
	// Like Node, count/group/time*/table/assert/trace go through
	// this.log / this.warn / this.error.
	h := newHarness(t, nil)
	h.run(t, `
const seen = [];
const origLog = console.log;
console.log = (...a) => seen.push('log:' + a.join(' '));
console.warn = (...a) => seen.push('warn:' + a.join(' '));
console.error = (...a) => seen.push('error:' + a[0].split('\n')[0]);
console.count('c');
console.group('g');
console.time('t'); console.timeEnd('t');
console.assert(false, 'a');
console.trace('t');
console.table([1]);
origLog(seen.join('|'));`)
	// Node v20.20.2 output for the same program (with a Console writing
	// to capturing streams).
	assert.Equal(t, "  log:c: 1|log:g|log:%s: %s t 0ms|warn:Assertion failed: a|error:Trace: t|log:┌─────────┬────────┐\n"+
		"  │ (index) │ Values │\n  ├─────────┼────────┤\n  │ 0       │ 1      │\n  └─────────┴────────┘\n", h.stdout.String())
}

func TestThrowingArgumentsPropagate(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.rt.RunString(`console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('inspect failed') } })`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "inspect failed")
	_, err = h.rt.RunString(`console.error('%s', { toString() { throw new Error('toString failed') } })`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "toString failed")
	_, err = h.rt.RunString(`console.table([], 'not an array')`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "properties" argument must be an instance of Array. Received type string ('not an array')`)
	assert.Empty(t, h.stdout.String())
	assert.Empty(t, h.stderr.String())
}

func TestInspectOptions(t *testing.T) {
	h := newHarness(t, func(o *Options) {
		o.Inspect = inspect.DefaultOptions()
		o.Inspect.Depth = 0
		o.Inspect.Colors = true
	})
	h.run(t, `console.log({ a: { b: 1 } }, 1, 'str'); console.dir({ a: { b: 1 } }, { colors: false, depth: 1 })`)
	// Node v20.20.2 with inspectOptions { depth: 0, colors: true }.
	assert.Equal(t, "{ a: \x1b[36m[Object]\x1b[39m } \x1b[33m1\x1b[39m str\n{ a: { b: 1 } }\n", h.stdout.String())
}

func TestSharedInspector(t *testing.T) {
	rt := goja.New()
	in := inspect.NewInspector(rt)
	module := rt.NewObject()
	require.NoError(t, module.Set("exports", rt.NewObject()))
	in.Require(rt, module)
	require.NoError(t, rt.Set("util", module.Get("exports")))
	var out bytes.Buffer
	require.NoError(t, rt.Set("console", New(rt, Options{Stdout: &out, Inspector: in})))
	_, err := rt.RunString(`
const deep = { a: { b: { c: { d: {} } } } };
console.log(deep);
util.inspect.defaultOptions.depth = null;
console.log(deep);
console.dir(deep);`)
	require.NoError(t, err)
	// Node v20.20.2 output for the same program.
	assert.Equal(t, "{ a: { b: { c: [Object] } } }\n{\n  a: { b: { c: { d: {} } } }\n}\n{\n  a: { b: { c: { d: {} } } }\n}\n", out.String())
}

func TestWarningsThroughProcess(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t, `
const warnings = [];
globalThis.process = { emitWarning: (msg) => warnings.push(msg) };
console.time('x'); console.time('x'); console.countReset('nope'); console.timeLog('missing');
console.log(warnings.join('|'));`)
	assert.Equal(t, "Label 'x' already exists for console.time()|Count for 'nope' does not exist|No such label 'missing' for console.timeLog()\n", h.stdout.String())
	assert.Empty(t, h.stderr.String())
}

func TestGroupIndentationAppliesToEveryLine(t *testing.T) {
	h := newHarness(t, nil)
	h.run(t, `
console.group('a');
console.group('b');
console.log('x\ny');
console.warn({ k: 'v'.repeat(80) });
console.groupEnd(); console.groupEnd(); console.groupEnd();
console.log('z');`)
	// Node v20.20.2 output for the same program.
	assert.Equal(t, "a\n  b\n    x\n    y\nz\n", h.stdout.String())
	assert.Equal(t, "    {\n      k: '"+strings.Repeat("v", 80)+"'\n    }\n", h.stderr.String())
}

// TestLogAllocations: console.log('text') allocates only the output line
// (plus goja's own call overhead, measured as the baseline).
func TestLogAllocations(t *testing.T) {
	rt := goja.New()
	var sink discard
	c := New(rt, Options{Stdout: &sink})
	log, ok := goja.AssertFunction(c.Get("log"))
	require.True(t, ok)
	noop, ok := goja.AssertFunction(rt.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	require.True(t, ok)
	arg := rt.ToValue("hello")
	base := testing.AllocsPerRun(200, func() { _, _ = noop(goja.Undefined(), arg) })
	got := testing.AllocsPerRun(200, func() { _, _ = log(goja.Undefined(), arg) })
	assert.LessOrEqual(t, got-base, 1.0, "console.log('hello') allocations beyond the call itself")
	assert.Equal(t, 200*len("hello\n")+len("hello\n"), sink.n)
}

type discard struct{ n int }

func (d *discard) Write(p []byte) (int, error) {
	d.n += len(p)
	return len(p), nil
}

func TestNilWriters(t *testing.T) {
	rt := goja.New()
	require.NoError(t, rt.Set("console", New(rt, Options{})))
	_, err := rt.RunString(`console.log('x'); console.error('y'); console.time('t'); console.timeEnd('t')`)
	require.NoError(t, err)
}
