package bindings

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
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
	_ = p.proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("process"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
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
		h.loop.Terminate(&eventloop.ExitError{Code: int(c.Argument(0).ToInteger())})
		return goja.Undefined()
	})
	method("emitWarning", 4, p.emitWarningJS)
	method("cwd", 0, func(goja.FunctionCall) goja.Value {
		dir, err := os.Getwd()
		if err != nil {
			panic(h.newError("Error", "", err.Error()))
		}
		return rt.ToValue(dir)
	})
	method("chdir", 1, func(c goja.FunctionCall) goja.Value {
		if err := os.Chdir(c.Argument(0).String()); err != nil {
			panic(h.newError("Error", "", err.Error()))
		}
		return goja.Undefined()
	})
	method("uptime", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(h.loop.Now().Seconds()) })
	hr := method("hrtime", 1, p.hrtime)
	_ = hr.Set("bigint", h.function("bigint", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(big.NewInt(int64(p.sinceOrigin()) + 1e9))
	}))
	mu := method("memoryUsage", 0, func(goja.FunctionCall) goja.Value { return h.toJS(p.memoryUsage()) })
	_ = mu.Set("rss", h.function("rss", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(p.memStats().Sys) }))
	for name, id := range map[string]func() int{"getuid": os.Getuid, "getgid": os.Getgid, "geteuid": os.Geteuid, "getegid": os.Getegid} {
		method(name, 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(id()) })
	}
	method("kill", 2, p.kill)
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

// setExitCode validates like Node 20's validateExitCode: undefined, null, a string
// holding an integer (kept as the string), or an integer number.
func (p *process) setExitCode(v goja.Value) {
	p.validateExitCode(v)
	p.exitCode = v
}

func (p *process) validateExitCode(v goja.Value) {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return
	}
	if s, ok := v.Export().(string); ok && s != "" {
		if f := v.ToFloat(); f == math.Trunc(f) && !math.IsInf(f, 0) {
			return
		}
	}
	switch v.Export().(type) {
	case int64:
		return
	case float64:
		f := v.ToFloat()
		if f != math.Trunc(f) || math.IsNaN(f) || math.IsInf(f, 0) {
			panic(p.h.newError("RangeError", "ERR_OUT_OF_RANGE",
				"The value of \"code\" is out of range. It must be an integer. Received "+v.String()))
		}
		if math.Abs(f) > 1<<53-1 {
			panic(p.h.newError("RangeError", "ERR_OUT_OF_RANGE",
				"The value of \"code\" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. Received "+v.String()))
		}
		return
	}
	panic(p.h.invalidArgType("code", v, "number"))
}

// code is the exit code process.exitCode asks for, as a number (0 when unset); the
// process status is its low 8 bits.
func (p *process) code() int64 {
	if goja.IsUndefined(p.exitCode) || goja.IsNull(p.exitCode) {
		return 0
	}
	return int64(p.exitCode.ToFloat())
}

func (p *process) status() int { return int(p.code() & 0xff) }

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
	p.h.loop.Terminate(&eventloop.ExitError{Code: p.status()})
	return goja.Undefined()
}

// sinceOrigin is the time process.hrtime counts from its origin: the virtual clock
// under one, else the real time since the process object was made.
func (p *process) sinceOrigin() time.Duration {
	if p.h.virtual != nil {
		return p.h.now()
	}
	return time.Since(p.hrOrigin)
}

func (p *process) hrtime(c goja.FunctionCall) goja.Value {
	ns := int64(p.sinceOrigin()) + 1e9
	sec, nsec := ns/1e9, ns%1e9
	if arg := c.Argument(0); !goja.IsUndefined(arg) {
		prev, ok := arg.(*goja.Object)
		if !ok || prev.ClassName() != "Array" {
			panic(p.h.invalidArgType("time", arg, "Array"))
		}
		if n := prev.Get("length").ToInteger(); n != 2 {
			panic(p.h.newError("RangeError", "ERR_OUT_OF_RANGE",
				"The value of \"time\" is out of range. It must be 2. Received "+strconv.FormatInt(n, 10)))
		}
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

// signals maps the names process.kill accepts to signal numbers.
var signals = map[string]syscall.Signal{"SIGHUP": syscall.SIGHUP, "SIGINT": syscall.SIGINT, "SIGQUIT": syscall.SIGQUIT,
	"SIGKILL": syscall.SIGKILL, "SIGTERM": syscall.SIGTERM, "SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2,
	"SIGCONT": syscall.SIGCONT, "SIGSTOP": syscall.SIGSTOP, "SIGPIPE": syscall.SIGPIPE, "SIGALRM": syscall.SIGALRM}

// kill is process.kill(pid[, signal]): send a signal (default SIGTERM; 0 tests existence).
func (p *process) kill(c goja.FunctionCall) goja.Value {
	pidV := c.Argument(0)
	if _, ok := pidV.Export().(int64); !ok {
		panic(p.h.invalidArgType("pid", pidV, "number"))
	}
	sig := syscall.SIGTERM
	switch s := c.Argument(1).Export().(type) {
	case nil:
	case string:
		v, ok := signals[s]
		if !ok {
			panic(p.h.newTypeError("ERR_UNKNOWN_SIGNAL", "Unknown signal: "+s))
		}
		sig = v
	case int64:
		sig = syscall.Signal(s)
	}
	if err := syscall.Kill(int(pidV.ToInteger()), sig); err != nil {
		e := p.h.newError("Error", errnoName(err), "kill "+errnoName(err))
		_ = e.Set("syscall", "kill")
		panic(e)
	}
	return p.h.rt.ToValue(true)
}

func errnoName(err error) string {
	switch err {
	case syscall.ESRCH:
		return "ESRCH"
	case syscall.EPERM:
		return "EPERM"
	case syscall.EINVAL:
		return "EINVAL"
	}
	return err.Error()
}

// emitWarningJS is process.emitWarning(warning[, type[, code]]) or (warning, options).
func (p *process) emitWarningJS(c goja.FunctionCall) goja.Value {
	rt := p.h.rt
	w := c.Argument(0)
	typ, code, detail := "Warning", "", ""
	if opts, ok := c.Argument(1).(*goja.Object); ok && !isFunction(opts) {
		if t := opts.Get("type"); t != nil && !goja.IsUndefined(t) {
			typ = t.String()
		}
		if cd := opts.Get("code"); cd != nil && !goja.IsUndefined(cd) {
			code = cd.String()
		}
		if d := opts.Get("detail"); d != nil && !goja.IsUndefined(d) {
			detail = d.String()
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
		if detail != "" {
			_ = warning.Set("detail", detail)
		}
	} else {
		panic(p.h.invalidArgType("warning", w, "string", "Error"))
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
		var b strings.Builder
		fmt.Fprintf(&b, "(jsloop:%d) ", os.Getpid())
		if code := w.Get("code"); code != nil && !goja.IsUndefined(code) {
			b.WriteString("[" + code.String() + "] ")
		}
		b.WriteString(stringProp(w, "name") + ": " + stringProp(w, "message") + "\n")
		if detail := w.Get("detail"); detail != nil && !goja.IsUndefined(detail) {
			b.WriteString(detail.String() + "\n")
		}
		_, _ = io.WriteString(p.h.stderr, b.String())
		return nil
	}})
}

// stringProp reads obj[name] as a string ("" when missing).
func stringProp(obj *goja.Object, name string) string {
	if v := obj.Get(name); v != nil && !goja.IsUndefined(v) {
		return v.String()
	}
	return ""
}

func isFunction(obj *goja.Object) bool {
	_, ok := goja.AssertFunction(obj)
	return ok
}

func isErrorObject(rt *goja.Runtime, obj *goja.Object) bool {
	ctor, ok := rt.Get("Error").(*goja.Object)
	return ok && obj.ClassName() == "Error" || ok && rt.InstanceOf(obj, ctor)
}
