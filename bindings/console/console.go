// Package console implements a Node.js v20 compatible console object for
// goja runtimes.
//
// New must be called, and the returned object's methods must only run, on
// the goroutine that owns the runtime.
package console

import (
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/inspect"
)

// Options configures a console.
type Options struct {
	// Stdout receives log, info, debug, dirxml, dir, table, count, group
	// headers and time output. Each console call results in exactly one
	// Write of one or more whole lines (each ending in "\n"). Nil discards.
	Stdout io.Writer
	// Stderr receives error, warn, trace, assert output and warnings.
	Stderr io.Writer
	// Now is the monotonic clock used by time/timeLog/timeEnd. The default
	// is the time elapsed since New.
	Now func() time.Duration
	// Inspect are the util.inspect options used to format arguments. If it
	// is the zero value, the Inspector's defaults are used (Node's
	// defaults, or util.inspect.defaultOptions when Inspector is shared
	// with the util module).
	Inspect inspect.Options
	// Inspector optionally shares an inspect.Inspector with the util
	// module (inspect.Inspector.Require) so that changes to
	// util.inspect.defaultOptions apply to console output, as in Node.
	// If nil, a new Inspector is created.
	Inspector *inspect.Inspector
}

// groupIndentationWidth is Node's default groupIndentation.
const groupIndentationWidth = 2

type console struct {
	rt          *goja.Runtime
	in          *inspect.Inspector
	obj         *goja.Object
	stdout      io.Writer
	stderr      io.Writer
	now         func() time.Duration
	opts        *inspect.Options
	groupIndent string
	counts      map[string]int
	times       map[string]time.Duration
	warned      bool
	methods     map[string]*goja.Object
}

// New builds a Node-compatible console object for rt. Its methods (log,
// info, debug, dirxml, error, warn, trace, dir, table, time, timeEnd,
// timeLog, count, countReset, assert, group, groupCollapsed, groupEnd,
// clear and the no-op profile, profileEnd and timeStamp) work when
// detached from the object, like Node's bound console methods.
//
// New must be called on the goroutine that owns rt, and the methods must
// only be invoked by that runtime.
func New(rt *goja.Runtime, opts Options) *goja.Object {
	c := &console{
		rt:      rt,
		in:      opts.Inspector,
		stdout:  opts.Stdout,
		stderr:  opts.Stderr,
		now:     opts.Now,
		counts:  map[string]int{},
		times:   map[string]time.Duration{},
		methods: map[string]*goja.Object{},
	}
	if c.in == nil {
		c.in = inspect.NewInspector(rt)
	}
	c.in.CaptureBuiltins()
	if c.stdout == nil {
		c.stdout = io.Discard
	}
	if c.stderr == nil {
		c.stderr = io.Discard
	}
	if c.now == nil {
		start := time.Now()
		c.now = func() time.Duration { return time.Since(start) }
	}
	if opts.Inspect != (inspect.Options{}) {
		o := opts.Inspect
		c.opts = &o
	}
	c.obj = rt.NewObject()
	c.define("log", 0, c.log)
	c.define("warn", 0, c.warn)
	c.define("dir", 0, c.dir)
	c.define("time", 0, c.time)
	c.define("timeEnd", 0, c.timeEnd)
	c.define("timeLog", 0, c.timeLog)
	c.define("trace", 0, c.trace)
	c.define("assert", 0, c.assert)
	c.define("clear", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	c.define("count", 0, c.count)
	c.define("countReset", 0, c.countReset)
	c.define("group", 0, c.group)
	c.define("groupEnd", 0, c.groupEnd)
	c.define("table", 1, c.table)
	c.define("debug", 0, c.log)
	c.define("info", 0, c.log)
	c.define("dirxml", 0, c.log)
	c.define("error", 0, c.warn)
	c.define("groupCollapsed", 0, c.group)
	for _, name := range []string{"profile", "profileEnd", "timeStamp"} {
		c.define(name, 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	_ = c.obj.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("console"),
		goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return c.obj
}

func (c *console) define(name string, length int, f func(goja.FunctionCall) goja.Value) {
	fn := c.rt.ToValue(f).(*goja.Object)
	_ = fn.DefineDataProperty("name", c.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", c.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	c.methods[name] = fn
	_ = c.obj.Set(name, fn)
}

// callMethod calls console[name](...args) like Node does internally (so a
// replaced console.log is honoured by count, group, time*, table), or the
// built-in implementation directly when it has not been replaced.
func (c *console) callMethod(name string, builtin func(goja.FunctionCall) goja.Value, args ...goja.Value) {
	v := c.obj.Get(name)
	if o, ok := v.(*goja.Object); ok && o != c.methods[name] {
		if fn, ok := goja.AssertFunction(o); ok {
			if _, err := fn(c.obj, args...); err != nil {
				panic(err)
			}
			return
		}
	}
	builtin(goja.FunctionCall{This: c.obj, Arguments: args})
}

// write is Node's kWriteToConsole: the group indentation is applied to
// every line and the text is written as a single Write call.
func (c *console) write(w io.Writer, s string) {
	indent := c.groupIndent
	if indent != "" && strings.Contains(s, "\n") {
		s = strings.ReplaceAll(s, "\n", "\n"+indent)
	}
	buf := make([]byte, 0, len(indent)+len(s)+1)
	buf = append(buf, indent...)
	buf = append(buf, s...)
	buf = append(buf, '\n')
	_, _ = w.Write(buf)
}

func (c *console) format(args []goja.Value) string {
	var s string
	var err error
	if c.opts != nil {
		s, err = c.in.TryFormatWithOptions(*c.opts, args)
	} else {
		s, err = c.in.TryFormat(args)
	}
	if err != nil {
		panic(err)
	}
	return s
}

func (c *console) baseOptions() inspect.Options {
	if c.opts != nil {
		return *c.opts
	}
	return c.in.DefaultOptions()
}

func (c *console) log(call goja.FunctionCall) goja.Value {
	c.write(c.stdout, c.format(call.Arguments))
	return goja.Undefined()
}

func (c *console) warn(call goja.FunctionCall) goja.Value {
	c.write(c.stderr, c.format(call.Arguments))
	return goja.Undefined()
}

func (c *console) dir(call goja.FunctionCall) goja.Value {
	opts := c.baseOptions()
	opts.IgnoreCustomInspect = true
	s, err := c.in.TryInspectWithJSOptions(call.Argument(0), opts, call.Argument(1))
	if err != nil {
		panic(err)
	}
	c.write(c.stdout, s)
	return goja.Undefined()
}

// labelOf is `${label}` with the 'default' default parameter.
func (c *console) labelOf(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "default"
	}
	if _, ok := v.(*goja.Symbol); ok {
		panic(c.rt.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return v.String()
}

func (c *console) time(call goja.FunctionCall) goja.Value {
	label := c.labelOf(call.Argument(0))
	if _, ok := c.times[label]; ok {
		c.emitWarning("Label '" + label + "' already exists for console.time()")
		return goja.Undefined()
	}
	c.times[label] = c.now()
	return goja.Undefined()
}

func (c *console) timeEnd(call goja.FunctionCall) goja.Value {
	label := c.labelOf(call.Argument(0))
	if c.timeLogImpl("timeEnd", label, nil) {
		delete(c.times, label)
	}
	return goja.Undefined()
}

func (c *console) timeLog(call goja.FunctionCall) goja.Value {
	label := c.labelOf(call.Argument(0))
	var data []goja.Value
	if len(call.Arguments) > 1 {
		data = call.Arguments[1:]
	}
	c.timeLogImpl("timeLog", label, data)
	return goja.Undefined()
}

func (c *console) timeLogImpl(name, label string, data []goja.Value) bool {
	start, ok := c.times[label]
	if !ok {
		c.emitWarning("No such label '" + label + "' for console." + name + "()")
		return false
	}
	d := c.now() - start
	ms := float64(d/time.Second)*1000 + float64(d%time.Second)/1e6
	args := append([]goja.Value{c.rt.ToValue("%s: %s"), c.rt.ToValue(label), c.rt.ToValue(FormatTime(ms))}, data...)
	c.callMethod("log", c.log, args...)
	return true
}

// FormatTime formats a duration in milliseconds like Node's console.timeEnd:
// "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".
func FormatTime(ms float64) string {
	const (
		kSecond = 1000
		kMinute = 60 * kSecond
		kHour   = 60 * kMinute
	)
	hours, minutes := 0.0, 0.0
	seconds := 0.0
	if ms >= kSecond {
		if ms >= kMinute {
			if ms >= kHour {
				hours = math.Floor(ms / kHour)
				ms = math.Mod(ms, kHour)
			}
			minutes = math.Floor(ms / kMinute)
			ms = math.Mod(ms, kMinute)
		}
		seconds = ms / kSecond
	}
	if hours != 0 || minutes != 0 {
		fixed := toFixed(seconds, 3)
		secPart, msPart, _ := strings.Cut(fixed, ".")
		var res string
		if hours != 0 {
			res = strconv.FormatFloat(hours, 'f', -1, 64) + ":" + pad2(strconv.FormatFloat(minutes, 'f', -1, 64))
		} else {
			res = strconv.FormatFloat(minutes, 'f', -1, 64)
		}
		unit := "m:ss.mmm"
		if hours != 0 {
			unit = "h:mm:ss.mmm"
		}
		return res + ":" + pad2(secPart) + "." + msPart + " (" + unit + ")"
	}
	if seconds != 0 {
		return toFixed(seconds, 3) + "s"
	}
	f, _ := strconv.ParseFloat(toFixed(ms, 3), 64)
	return strconv.FormatFloat(f, 'f', -1, 64) + "ms"
}

func pad2(s string) string {
	if len(s) < 2 {
		return strings.Repeat("0", 2-len(s)) + s
	}
	return s
}

// toFixed is Number.prototype.toFixed for non-negative values: exact
// decimal rounding with ties rounded up.
func toFixed(x float64, digits int) string {
	exact := strconv.FormatFloat(x, 'f', 40, 64)
	intPart, frac, _ := strings.Cut(exact, ".")
	keep := frac[:digits]
	roundUp := frac[digits] >= '5'
	s := intPart + keep
	if roundUp {
		b := []byte(s)
		i := len(b) - 1
		for ; i >= 0; i-- {
			if b[i] == '9' {
				b[i] = '0'
				continue
			}
			b[i]++
			break
		}
		if i < 0 {
			b = append([]byte{'1'}, b...)
		}
		s = string(b)
	}
	return s[:len(s)-digits] + "." + s[len(s)-digits:]
}

func (c *console) trace(call goja.FunctionCall) goja.Value {
	msg := c.format(call.Arguments)
	var b strings.Builder
	b.WriteString("Trace")
	if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	frames := c.rt.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		// The frame of this native function (Node excludes console.trace).
		frames = frames[1:]
	}
	if len(frames) > stackTraceLimit {
		frames = frames[:stackTraceLimit]
	}
	for i := range frames {
		b.WriteString("\n    at ")
		b.WriteString(inspect.StackFrameString(&frames[i]))
	}
	c.callMethod("error", c.warn, c.rt.ToValue(b.String()))
	return goja.Undefined()
}

// stackTraceLimit is V8's default Error.stackTraceLimit.
const stackTraceLimit = 10

func (c *console) assert(call goja.FunctionCall) goja.Value {
	if call.Argument(0).ToBoolean() {
		return goja.Undefined()
	}
	args := append([]goja.Value(nil), call.Arguments...)
	if len(args) > 0 {
		args = args[1:]
	}
	if len(args) == 0 {
		args = []goja.Value{c.rt.ToValue("Assertion failed")}
	} else {
		var first string
		if s, ok := args[0].(*goja.Symbol); ok {
			_ = s
			panic(c.rt.NewTypeError("Cannot convert a Symbol value to a string"))
		}
		first = args[0].String()
		args[0] = c.rt.ToValue("Assertion failed: " + first)
	}
	c.callMethod("warn", c.warn, args...)
	return goja.Undefined()
}

func (c *console) count(call goja.FunctionCall) goja.Value {
	label := c.labelOf(call.Argument(0))
	c.counts[label]++
	c.callMethod("log", c.log, c.rt.ToValue(label+": "+strconv.Itoa(c.counts[label])))
	return goja.Undefined()
}

func (c *console) countReset(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	label := "default"
	if !goja.IsUndefined(v) {
		// Node looks the raw label up in a Map keyed by strings, so only
		// string labels can ever be found.
		if !goja.IsString(v) {
			c.emitWarning("Count for '" + c.labelOf(v) + "' does not exist")
			return goja.Undefined()
		}
		label = v.String()
	}
	if _, ok := c.counts[label]; !ok {
		c.emitWarning("Count for '" + label + "' does not exist")
		return goja.Undefined()
	}
	delete(c.counts, label)
	return goja.Undefined()
}

func (c *console) group(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) > 0 {
		c.callMethod("log", c.log, call.Arguments...)
	}
	c.groupIndent += strings.Repeat(" ", groupIndentationWidth)
	return goja.Undefined()
}

func (c *console) groupEnd(goja.FunctionCall) goja.Value {
	if n := len(c.groupIndent) - groupIndentationWidth; n >= 0 {
		c.groupIndent = c.groupIndent[:n]
	} else {
		c.groupIndent = ""
	}
	return goja.Undefined()
}

// emitWarning prints a process warning like Node's process.emitWarning:
// through the runtime's process.emitWarning if there is one, otherwise
// directly to Stderr as "(jsloop:PID) Warning: msg".
func (c *console) emitWarning(msg string) {
	var emit goja.Callable
	var process goja.Value
	_ = c.rt.Try(func() {
		process = c.rt.Get("process")
		if p, ok := process.(*goja.Object); ok {
			emit, _ = goja.AssertFunction(p.Get("emitWarning"))
		}
	})
	if emit != nil {
		if _, err := emit(process, c.rt.ToValue(msg)); err != nil {
			panic(err)
		}
		return
	}
	line := "(jsloop:" + strconv.Itoa(os.Getpid()) + ") Warning: " + msg
	if !c.warned {
		c.warned = true
		line += "\n(Use `jsloop --trace-warnings ...` to show where the warning was created)"
	}
	_, _ = c.stderr.Write([]byte(line + "\n"))
}
