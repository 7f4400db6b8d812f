package bindings

import (
	"fmt"
	"math"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// process is Node's process object: its EventEmitter side (loaded lazily from
// events.js on the first listener), exit and exitCode, and the hooks through which
// the loop reports uncaught errors, unhandled rejections, 'beforeExit' and 'exit'.
type process struct {
	h           *Host
	obj         *goja.Object
	proto       *goja.Object // process's own prototype; becomes an EventEmitter on first use
	events      bool         // events.js is loaded, so there may be listeners
	exiting     bool         // 'exit' was emitted (Node's process._exiting)
	exitCode    goja.Value   // undefined until set
	rejectionID map[*goja.Promise]int
	lastRejID   int
	hrOrigin    time.Time
}

var emitterMethods = []string{"on", "addListener", "prependListener", "once", "prependOnceListener",
	"off", "removeListener", "removeAllListeners", "emit", "listeners", "rawListeners",
	"listenerCount", "eventNames", "setMaxListeners", "getMaxListeners"}

func (h *Host) installProcess() {
	rt := h.rt
	p := &process{h: h, exitCode: goja.Undefined(), hrOrigin: time.Now()}
	h.proc = p
	p.proto = rt.NewObject()
	for _, name := range emitterMethods {
		name := name
		_ = p.proto.DefineDataProperty(name, h.function(name, 2, func(c goja.FunctionCall) goja.Value {
			p.loadEvents()
			fn, ok := goja.AssertFunction(p.proto.Get(name))
			if !ok {
				panic(rt.NewTypeError("process." + name + " is not a function"))
			}
			v, err := fn(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	h.setConstructorName(p.proto, "process")
	obj := rt.NewObject()
	_ = obj.SetPrototype(p.proto)
	p.obj = obj

	argv := h.opts.Argv
	if len(argv) == 0 {
		exe, _ := os.Executable()
		argv = []string{exe}
	}
	data := func(name string, v any) { _ = obj.Set(name, h.toJS(v)) }
	data("title", "jsloop")
	data("version", NodeVersion)
	data("versions", map[string]any{
		"node": strings.TrimPrefix(NodeVersion, "v"), "jsloop": Version, "go": strings.TrimPrefix(runtime.Version(), "go"),
	})
	data("release", map[string]any{"name": "jsloop"})
	data("arch", nodeArch())
	data("platform", runtime.GOOS)
	data("pid", os.Getpid())
	data("ppid", os.Getppid())
	data("argv", argv)
	data("argv0", "jsloop")
	data("execPath", argv[0])
	data("execArgv", []any{})
	data("features", map[string]any{})
	data("config", map[string]any{"variables": map[string]any{}})
	_ = obj.Set("env", h.newEnv())
	method := func(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
		f := h.function(name, length, fn)
		_ = obj.Set(name, f)
		return f
	}
	method("nextTick", 1, p.nextTick)
	method("exit", 1, p.exit)
	method("reallyExit", 1, func(c goja.FunctionCall) goja.Value {
		h.loop.Stop(&eventloop.ExitError{Code: int(c.Argument(0).ToInteger())})
		return goja.Undefined()
	})
	method("emitWarning", 4, p.emitWarningJS)
	method("cwd", 0, func(goja.FunctionCall) goja.Value {
		dir, err := os.Getwd()
		if err != nil {
			panic(h.rt.NewGoError(err))
		}
		return rt.ToValue(dir)
	})
	method("chdir", 1, func(c goja.FunctionCall) goja.Value {
		if err := os.Chdir(c.Argument(0).String()); err != nil {
			panic(h.rt.NewGoError(err))
		}
		return goja.Undefined()
	})
	method("uptime", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(h.loop.Now().Seconds()) })
	hr := method("hrtime", 1, p.hrtime)
	_ = hr.Set("bigint", h.function("bigint", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(big.NewInt(int64(time.Since(p.hrOrigin)) + 1e9))
	}))
	mu := method("memoryUsage", 0, func(goja.FunctionCall) goja.Value { return h.toJS(p.memoryUsage()) })
	_ = mu.Set("rss", h.function("rss", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(p.memStats().Sys) }))
	for name, id := range map[string]func() int{"getuid": os.Getuid, "getgid": os.Getgid, "geteuid": os.Geteuid, "getegid": os.Getegid} {
		method(name, 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(id()) })
	}
	method("umask", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(0o022) })
	_ = obj.Set("stdout", h.newStream(h.stdout, 1))
	_ = obj.Set("stderr", h.newStream(h.stderr, 2))
	_ = obj.DefineAccessorProperty("exitCode",
		h.function("get exitCode", 0, func(goja.FunctionCall) goja.Value { return p.exitCode }),
		h.function("set exitCode", 1, func(c goja.FunctionCall) goja.Value { p.setExitCode(c.Argument(0)); return goja.Undefined() }),
		goja.FLAG_TRUE, goja.FLAG_TRUE)
	h.setGlobal("process", obj)
	h.registerModule("process", func(*goja.Runtime, *goja.Object) goja.Value { return obj })
}

func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return runtime.GOARCH
}

// loadEvents makes process an EventEmitter: the stubs on its prototype go, and the
// prototype inherits from EventEmitter.prototype.
func (p *process) loadEvents() {
	if p.events {
		return
	}
	p.events = true
	ee := p.h.requireBuiltin("events").ToObject(p.h.rt)
	proto := ee.Get("prototype").ToObject(p.h.rt)
	for _, name := range emitterMethods {
		_ = p.proto.Delete(name)
	}
	if err := p.proto.SetPrototype(proto); err != nil {
		panic(err)
	}
}

// emit calls process.emit(name, args...) if any listener can exist. It reports whether
// a listener ran; an error is what a listener threw.
func (p *process) emit(name string, args ...goja.Value) (bool, error) {
	if !p.events {
		return false, nil
	}
	emit, ok := goja.AssertFunction(p.obj.Get("emit"))
	if !ok {
		return false, nil
	}
	all := make([]goja.Value, 0, len(args)+1)
	all = append(all, p.h.rt.ToValue(name))
	all = append(all, args...)
	v, err := emit(p.obj, all...)
	if err != nil {
		return false, err
	}
	return v.ToBoolean(), nil
}

func (p *process) nextTick(c goja.FunctionCall) goja.Value {
	p.h.loop.NextTick(p.h.callback(c.Argument(0), goja.Undefined(), c.Arguments, 1))
	return goja.Undefined()
}

// setExitCode validates like Node 20: an integer, an integer string, undefined or null.
func (p *process) setExitCode(v goja.Value) {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		p.exitCode = v
		return
	}
	if f, ok := exitCodeNumber(v); ok {
		p.exitCode = p.h.rt.ToValue(f)
		return
	}
	panic(p.h.invalidArgType("code", "number", v))
}

func exitCodeNumber(v goja.Value) (int64, bool) {
	switch x := v.Export().(type) {
	case int64:
		return x, true
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			return int64(x), true
		}
	case string:
		if n, err := strconv.ParseInt(x, 10, 32); err == nil {
			return n, true
		}
	}
	return 0, false
}

// code is the exit code process.exitCode asks for (0 when unset).
func (p *process) code() int {
	if n, ok := exitCodeNumber(p.exitCode); ok {
		return int(n & 0xff)
	}
	return 0
}

// exit is process.exit: set exitCode, emit 'exit' once, and stop the loop at once.
func (p *process) exit(c goja.FunctionCall) goja.Value {
	if len(c.Arguments) > 0 && !goja.IsUndefined(c.Argument(0)) {
		p.setExitCode(c.Argument(0))
	}
	if !p.exiting {
		p.exiting = true
		if _, err := p.emit("exit", p.h.rt.ToValue(p.code())); err != nil {
			panic(err)
		}
	}
	p.h.loop.Stop(&eventloop.ExitError{Code: p.code()})
	return goja.Undefined()
}

func (p *process) hrtime(c goja.FunctionCall) goja.Value {
	ns := int64(time.Since(p.hrOrigin)) + 1e9
	sec, nsec := ns/1e9, ns%1e9
	if prev, ok := c.Argument(0).(*goja.Object); ok {
		ps, pn := prev.Get("0").ToInteger(), prev.Get("1").ToInteger()
		sec, nsec = sec-ps, nsec-pn
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
	}
	return p.h.rt.ToValue([]any{sec, nsec})
}

func (p *process) memStats() *runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return &m
}

func (p *process) memoryUsage() map[string]any {
	m := p.memStats()
	return map[string]any{
		"rss": m.Sys, "heapTotal": m.HeapSys, "heapUsed": m.HeapAlloc, "external": 0, "arrayBuffers": 0,
	}
}

// emitWarningJS is process.emitWarning(warning[, type[, code]]) or (warning, options).
func (p *process) emitWarningJS(c goja.FunctionCall) goja.Value {
	rt := p.h.rt
	w := c.Argument(0)
	typ, code := "Warning", ""
	if opts, ok := c.Argument(1).(*goja.Object); ok && !isFunction(opts) {
		if t := opts.Get("type"); t != nil && !goja.IsUndefined(t) {
			typ = t.String()
		}
		if cd := opts.Get("code"); cd != nil && !goja.IsUndefined(cd) {
			code = cd.String()
		}
	} else {
		if t := c.Argument(1); !goja.IsUndefined(t) {
			typ = t.String()
		}
		if cd := c.Argument(2); !goja.IsUndefined(cd) {
			code = cd.String()
		}
	}
	var warning *goja.Object
	if obj, ok := w.(*goja.Object); ok && isErrorObject(rt, obj) {
		warning = obj
	} else if _, ok := w.(*goja.Object); !ok && w.ExportType() != nil && w.ExportType().Kind().String() == "string" {
		warning = p.h.newError("Error", code, w.String())
		_ = warning.Set("name", typ)
	} else {
		panic(p.h.invalidArgType("warning", "string or an instance of Error", w))
	}
	p.queueWarning(warning)
	return goja.Undefined()
}

// emitWarning is process.emitWarning for Go bindings.
func (h *Host) emitWarning(msg, typ, code string) {
	w := h.newError("Error", code, msg)
	_ = w.Set("name", typ)
	h.proc.queueWarning(w)
}

// queueWarning emits 'warning' on the next tick and prints it, as Node's default
// warning listener does.
func (p *process) queueWarning(w *goja.Object) {
	p.h.loop.NextTick(eventloop.Callback{Go: func(rt *goja.Runtime) error {
		if _, err := p.emit("warning", w); err != nil {
			return err
		}
		if p.h.opts.NoWarnings {
			return nil
		}
		name, msg := w.Get("name").String(), w.Get("message").String()
		_, _ = fmt.Fprintf(p.h.stderr, "(jsloop:%d) %s: %s\n", os.Getpid(), name, msg)
		return nil
	}})
}

func isFunction(obj *goja.Object) bool {
	_, ok := goja.AssertFunction(obj)
	return ok
}

func isErrorObject(rt *goja.Runtime, obj *goja.Object) bool {
	ctor, ok := rt.Get("Error").(*goja.Object)
	return ok && obj.ClassName() == "Error" || ok && rt.InstanceOf(obj, ctor)
}
