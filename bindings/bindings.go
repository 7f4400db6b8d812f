// Package bindings installs jsloop's JavaScript globals into an event loop's runtime:
// timers, process, console, queueMicrotask, require and the built-in modules, and the
// web classes the async patterns need (AbortController, EventTarget, DOMException).
//
// Install is the one entry point. Everything here runs on the loop goroutine; the
// Host it returns must be used there too (or before Run starts).
package bindings

import (
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/fetch"
	"github.com/jsloop/jsloop/bindings/httpserver"
	"github.com/jsloop/jsloop/bindings/inspect"
	"github.com/jsloop/jsloop/bindings/internal/natives"
	"github.com/jsloop/jsloop/bindings/internal/sharedmem"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/eventloop"
)

// Version is jsloop's version, reported by process.versions.jsloop and the CLI.
const Version = "0.1.0"

// NodeVersion is the Node.js release whose behaviour jsloop reproduces; process.version
// reports it so that scripts feature-testing Node see what they may rely on.
const NodeVersion = "v20.20.2"

// Options configures Install.
type Options struct {
	// Argv becomes process.argv: the executable, the script path, then its arguments.
	Argv []string
	// Env lists "KEY=value" entries for process.env; nil means the process environment.
	Env []string
	// Stdout and Stderr receive console output and warnings; nil means the loop's
	// (eventloop.WithStdout/WithStderr), else os.Stdout/os.Stderr.
	Stdout, Stderr io.Writer
	// LoadSource returns the code to run for a module file (the place to transform
	// TypeScript or syntax the engine lacks). nil means the loop's module loader
	// (eventloop.WithModuleLoader), else the file as it is on disk.
	LoadSource func(path string) ([]byte, error)
	// NoWarnings suppresses the printing of process warnings (they are still emitted).
	NoWarnings bool
	// Permissions is what scripts may read, write, reach and run. nil allows
	// everything (as Node does); the jsloop command denies by default.
	Permissions *perm.Policy
	// HTTPGroup, if not nil, makes the HTTP servers of this loop share their listeners
	// with the other loops given the same group (the command's --loops).
	HTTPGroup *httpserver.Group
	// Entry returns the task that runs a Worker's entry file; nil means RunMain (the
	// file as CommonJS). The jsloop command passes its own, which runs ES modules and
	// TypeScript the way it runs the main script. Called on the worker's goroutine.
	Entry func(h *Host, filename string) (eventloop.Task, error)
	// WorkerLoopOptions returns options for the loop of the worker whose threadId is
	// given (the jsloop command's tracer, so that --trace shows workers' tasks too); nil
	// means none. Called on the worker's goroutine, nested workers included.
	WorkerLoopOptions func(threadID int64) []eventloop.Option

	worker *workerContext // set in a Worker's own Host
}

// Host is the set of bindings installed into one loop.
type Host struct {
	loop       *eventloop.Loop
	rt         *goja.Runtime
	opts       Options
	global     *goja.Object
	stdout     io.Writer
	stderr     io.Writer
	cjs        cjs           // the CommonJS loader
	esmPromise *goja.Promise // the ES module entry point's evaluation, for exit code 13
	esmBase    string        // the directory the ES module bundle's paths are relative to
	internal   *goja.Object  // host hooks for the built-in JS modules
	timers     *timers
	proc       *process
	virtual    *eventloop.VirtualClock // the loop's clock when it is virtual (clock.go)
	installed  bool                    // Install has finished
	inspector  *inspect.Inspector      // shared by util and console
	web        *webapi.Web             // structuredClone, TextEncoder, URL, crypto, performance …
	fetch      *fetch.Module           // fetch, Request, Response (the HTTP server uses them too)
	modules    map[string]goja.Value   // built-in modules already loaded, by name
	natives    map[string]func(*goja.Runtime, *goja.Object) goja.Value
	sources    map[string]string // source text of scripts not read from files, for error reports
	wrapped    map[string]int    // files run inside a module wrapper: its length (line 1 columns shift)
	workers    *workerHost       // Worker, MessagePort and worker_threads
	shared     *sharedmem.Memory // SharedArrayBuffer and Atomics
}

// Install installs the globals into loop's runtime and connects the loop's process
// hooks. Call it before Run, on the goroutine that will run the loop.
func Install(loop *eventloop.Loop, opts Options) (*Host, error) {
	h := &Host{
		loop:    loop,
		rt:      loop.Runtime(),
		opts:    opts,
		stdout:  opts.Stdout,
		stderr:  opts.Stderr,
		modules: make(map[string]goja.Value),
		natives: make(map[string]func(*goja.Runtime, *goja.Object) goja.Value),
		sources: make(map[string]string),
	}
	if h.stdout == nil {
		h.stdout = loop.Stdout()
	}
	if h.stdout == nil {
		h.stdout = os.Stdout
	}
	if h.stderr == nil {
		h.stderr = loop.Stderr()
	}
	if h.stderr == nil {
		h.stderr = os.Stderr
	}
	if h.opts.LoadSource == nil {
		h.opts.LoadSource = loop.ModuleLoader()
	}
	h.global = h.rt.GlobalObject()
	h.inspector = inspect.NewInspector(h.rt)
	h.installClock()
	h.installLanguage()
	h.installRequire()
	h.installTimers()
	h.installProcess()
	h.installConsole()
	h.installWeb()
	h.installWebAPI()
	h.installFetch()
	h.installSystem()
	h.installWorkers()
	h.installHTTP()
	loop.SetHooks(h.proc.hooks())
	h.installed = true
	return h, nil
}

// policy is the permission policy in force.
func (h *Host) policy() *perm.Policy {
	if h.opts.Permissions == nil {
		return perm.AllowAll()
	}
	return h.opts.Permissions
}

// permissionDenied turns a denial into the JS error scripts see.
func (h *Host) permissionDenied(err error) *goja.Object {
	return natives.Denied(h.rt, h.newError("Error", "ERR_ACCESS_DENIED", err.Error()))
}

// Installer returns an eventloop.WithInstaller function that installs the bindings
// with opts; host, if not nil, receives the Host (for RunMain and Eval):
//
//	var host *bindings.Host
//	loop, err := eventloop.New(eventloop.WithInstaller(bindings.Installer(bindings.Options{}, &host)))
func Installer(opts Options, host **Host) func(*eventloop.Loop) error {
	return func(l *eventloop.Loop) error {
		h, err := Install(l, opts)
		if host != nil {
			*host = h
		}
		return err
	}
}

// Loop returns the loop the bindings are installed in.
func (h *Host) Loop() *eventloop.Loop { return h.loop }

// function makes a native JS function with Node's name and length, instead of the Go
// name goja would give it (which shows in stacks and inspection).
func (h *Host) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	obj := h.rt.ToValue(fn).(*goja.Object)
	_ = obj.DefineDataProperty("name", h.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = obj.DefineDataProperty("length", h.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

// toJS converts plain Go data (maps, slices, scalars) into real JS objects and arrays,
// not the Go-backed wrappers goja's ToValue makes of maps and slices.
func (h *Host) toJS(v any) goja.Value {
	switch x := v.(type) {
	case map[string]any:
		obj := h.rt.NewObject()
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			_ = obj.Set(k, h.toJS(x[k]))
		}
		return obj
	case []any:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = h.toJS(e)
		}
		return h.rt.NewArray(items...)
	case []string:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = e
		}
		return h.rt.NewArray(items...)
	case goja.Value:
		return x
	}
	return h.rt.ToValue(v)
}

// setGlobal defines a global the way Node's are: writable, configurable, not enumerable.
func (h *Host) setGlobal(name string, v goja.Value) {
	_ = h.global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// lazyGlobal defines a global whose value is made on first use, keeping start-up cheap.
func (h *Host) lazyGlobal(name string, make func() goja.Value) {
	getter := h.function("get "+name, 0, func(goja.FunctionCall) goja.Value {
		v := make()
		h.setGlobal(name, v)
		return v
	})
	setter := h.function("set "+name, 1, func(c goja.FunctionCall) goja.Value {
		h.setGlobal(name, c.Argument(0))
		return goja.Undefined()
	})
	_ = h.global.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// defineMethods puts non-enumerable methods on obj, as classes have them.
func (h *Host) defineMethods(obj *goja.Object, methods map[string]func(goja.FunctionCall) goja.Value) {
	for name, fn := range methods {
		_ = obj.DefineDataProperty(name, h.function(name, 0, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// setConstructorName gives proto a constructor function with the given name, so that
// inspection prints "Timeout { … }".
func (h *Host) setConstructorName(proto *goja.Object, name string) {
	ctor, err := h.rt.RunString("(function " + name + "() { throw new TypeError('Illegal constructor'); })")
	if err != nil {
		return
	}
	ctorObj := ctor.ToObject(h.rt)
	_ = ctorObj.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctorObj, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// callback validates fn like Node's validateFunction and makes a loop callback with
// the call's arguments from index first on as the callback's arguments.
func (h *Host) callback(fn goja.Value, this goja.Value, args []goja.Value, first int) eventloop.Callback {
	var extra []goja.Value
	if len(args) > first {
		extra = append([]goja.Value(nil), args[first:]...) // args alias goja's stack
	}
	cb, ok := eventloop.JSCallback(fn, this, extra)
	if !ok {
		panic(h.invalidArgType("callback", fn, "function"))
	}
	return cb
}

// absPath resolves p against the working directory; it never fails.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
