// Package webapi implements the web-platform globals of Node.js v20 for goja:
// structuredClone, TextEncoder/TextDecoder, atob/btoa, performance (marks and
// measures), crypto (getRandomValues, randomUUID) and URL/URLSearchParams after
// the WHATWG URL standard, plus the built-in modules 'crypto' (the common subset:
// hashes, HMAC, random bytes), 'url' and 'perf_hooks'.
//
// Install defines the globals through a lazy-global installer; nothing is compiled
// until a script first touches one of them. Everything here must run on the goroutine
// that owns the runtime.
package webapi

import (
	"crypto/rand"
	"embed"
	"io"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// Options configures Install. Every field may be left zero.
type Options struct {
	// Now returns the time elapsed since TimeOrigin: the clock of performance.now(),
	// marks and measures (pass the event loop's clock). nil means a monotonic clock
	// started by Install.
	Now func() time.Duration
	// TimeOrigin is performance.timeOrigin: the wall-clock time at which Now() was 0.
	// The zero value means time.Now() - Now() at Install.
	TimeOrigin time.Time
	// DOMException returns the DOMException constructor that errors are made with
	// (DataCloneError, InvalidCharacterError, QuotaExceededError …). nil means the
	// global DOMException, looked up when the first such error is thrown.
	DOMException func() goja.Value
	// Require returns a host built-in module: "internal/errors" (Node's error codes and
	// validators, required: jsloop's bindings/js/internal_errors.js), "util" (for
	// util.inspect in error messages) and "buffer" (Buffer, for crypto's results). For
	// util and buffer a nil result means the globals are used when present and plain
	// fallbacks otherwise.
	Require func(name string) goja.Value
	// Rand is the source of random bytes for crypto. nil means crypto/rand.Reader.
	Rand io.Reader
	// EventLoopUtilization returns the JS function performance.eventLoopUtilization
	// ([elu1[, elu2]]) delegates to (perf_hooks' loop measurement). nil, or a result
	// that is not a function, makes it report zeros.
	EventLoopUtilization func() goja.Value
	// SharedArrayBuffer returns a SharedArrayBuffer of the runtime over data, memory
	// that another one (or this one) shares: structuredClone and messages between
	// workers share such buffers instead of copying them. nil makes one a
	// DataCloneError on arrival.
	SharedArrayBuffer func(data []byte) goja.Value
}

// Globals lists the globals Install defines, in the order it defines them.
var Globals = []string{
	"structuredClone", "TextEncoder", "TextDecoder", "atob", "btoa",
	"performance", "Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure",
	"crypto", "Crypto", "URL", "URLSearchParams",
}

// Modules lists the built-in modules Require provides whole. Require("perf_hooks")
// also answers, with the performance timeline's part of that module (performance,
// Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, constants) for
// the host to merge into its own perf_hooks.
var Modules = []string{"crypto", "url"}

// Web is the set of web APIs installed into one runtime.
type Web struct {
	rt       *goja.Runtime
	opts     Options
	start    time.Time
	modules  map[string]goja.Value // JS modules of js/ already loaded, by name
	internal *goja.Object          // Go natives handed to the JS modules
	clone    *cloner
	random   io.Reader
	domEx    goja.Value
}

//go:embed js/*.js
var jsFiles embed.FS

// Install prepares the web APIs for rt and defines each of Globals through define,
// which must install a lazy global: make is called (at most once) when the global is
// first read. Pass the bindings' lazyGlobal. The returned Web serves Require.
func Install(rt *goja.Runtime, opts Options, define func(name string, make func() goja.Value)) *Web {
	w := New(rt, opts)
	for _, name := range Globals {
		name := name
		define(name, func() goja.Value { return w.Global(name) })
	}
	return w
}

// New prepares the web APIs for rt without defining any global.
func New(rt *goja.Runtime, opts Options) *Web {
	w := &Web{rt: rt, opts: opts, start: time.Now(), modules: make(map[string]goja.Value)}
	if w.opts.Now == nil {
		start := w.start
		w.opts.Now = func() time.Duration { return time.Since(start) }
	}
	if w.opts.TimeOrigin.IsZero() {
		w.opts.TimeOrigin = time.Now().Add(-w.opts.Now())
	}
	w.random = opts.Rand
	if w.random == nil {
		w.random = rand.Reader
	}
	return w
}

// Global returns the value of one of Globals, building it on first use; it returns
// undefined for other names.
func (w *Web) Global(name string) goja.Value {
	switch name {
	case "structuredClone":
		return w.structuredCloneFunc()
	case "atob", "btoa":
		return w.base64Func(name)
	case "TextEncoder", "TextDecoder":
		return w.load("encoding").ToObject(w.rt).Get(name)
	case "performance", "Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure":
		return w.load("perf").ToObject(w.rt).Get(name)
	case "crypto", "Crypto":
		return w.load("webcrypto").ToObject(w.rt).Get(name)
	case "URL", "URLSearchParams":
		return w.load("url").ToObject(w.rt).Get(name)
	}
	return goja.Undefined()
}

// Require returns the exports of the built-in module name ("crypto", "url",
// "perf_hooks", with or without "node:"), loading it on first use; ok is false for
// other names.
func (w *Web) Require(name string) (exports goja.Value, ok bool) {
	switch strings.TrimPrefix(name, "node:") {
	case "crypto":
		return w.load("crypto"), true
	case "url":
		return w.load("url"), true
	case "perf_hooks":
		return w.load("perf"), true
	}
	return nil, false
}

// jsModules maps the names the JS files require each other by to their files.
var jsModules = map[string]string{
	"errors":    "js/errors.js",
	"binary":    "js/binary.js",
	"encoding":  "js/encoding.js",
	"perf":      "js/perf.js",
	"webcrypto": "js/webcrypto.js",
	"crypto":    "js/crypto.js",
	"url":       "js/url.js",
}

const wrapperPrefix = "(function (exports, require, module, internal) {"

// load returns the exports of one of the JS modules in js/, compiling it on first use.
func (w *Web) load(name string) goja.Value {
	if v, ok := w.modules[name]; ok {
		return v
	}
	file, ok := jsModules[name]
	if !ok {
		return w.hostModule(name)
	}
	src, err := jsFiles.ReadFile(file)
	if err != nil {
		panic(w.rt.NewGoError(err))
	}
	fnV, err := w.rt.RunScript("node:internal/webapi/"+name, wrapperPrefix+string(src)+"\n})")
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnV)
	module := w.rt.NewObject()
	exports := w.rt.NewObject()
	_ = module.Set("exports", exports)
	w.modules[name] = exports // a cycle sees the exports object, as in Node
	req := w.function("require", 1, func(c goja.FunctionCall) goja.Value { return w.load(c.Argument(0).String()) })
	if _, err := fn(exports, exports, req, module, w.natives()); err != nil {
		delete(w.modules, name)
		panic(err)
	}
	v := module.Get("exports")
	w.modules[name] = v
	return v
}

// hostModule returns a module of the host (through Options.Require), or undefined.
func (w *Web) hostModule(name string) goja.Value {
	if w.opts.Require != nil {
		if v := w.opts.Require(name); v != nil {
			return v
		}
	}
	return goja.Undefined()
}

// natives is the object of Go functions the JS modules call as `internal`.
func (w *Web) natives() *goja.Object {
	if w.internal != nil {
		return w.internal
	}
	o := w.rt.NewObject()
	w.internal = o
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		_ = o.Set(name, w.function(name, length, fn))
	}
	set("domException", 2, func(c goja.FunctionCall) goja.Value {
		return w.newDOMException(c.Argument(0).String(), c.Argument(1).String())
	})
	set("hostModule", 1, func(c goja.FunctionCall) goja.Value { return w.hostModule(c.Argument(0).String()) })
	set("structuredClone", 2, w.structuredClone)
	w.encodingNatives(set)
	w.perfNatives(set)
	w.cryptoNatives(set)
	w.urlNatives(set)
	return o
}

// function makes a native JS function with the given name and length.
func (w *Web) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	obj := w.rt.ToValue(fn).(*goja.Object)
	_ = obj.DefineDataProperty("name", w.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = obj.DefineDataProperty("length", w.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

// newDOMException makes new DOMException(message, name).
func (w *Web) newDOMException(message, name string) *goja.Object {
	if ctor, ok := w.domException().(*goja.Object); ok {
		if e, err := w.rt.New(ctor, w.rt.ToValue(message), w.rt.ToValue(name)); err == nil {
			return e
		}
	}
	// No DOMException class: an Error with the same name, message and code.
	e := w.newError("Error", "", message)
	_ = e.Set("name", name)
	_ = e.Set("code", domCodes[name])
	return e
}

// domException returns the DOMException constructor (undefined when there is none).
func (w *Web) domException() goja.Value {
	if w.domEx == nil {
		if w.opts.DOMException != nil {
			w.domEx = w.opts.DOMException()
		} else {
			w.domEx = w.rt.GlobalObject().Get("DOMException")
		}
		if w.domEx == nil {
			w.domEx = goja.Undefined()
		}
	}
	return w.domEx
}

var domCodes = map[string]int{
	"IndexSizeError": 1, "HierarchyRequestError": 3, "WrongDocumentError": 4, "InvalidCharacterError": 5,
	"NoModificationAllowedError": 7, "NotFoundError": 8, "NotSupportedError": 9, "InvalidStateError": 11,
	"SyntaxError": 12, "InvalidModificationError": 13, "NamespaceError": 14, "InvalidAccessError": 15,
	"TypeMismatchError": 17, "SecurityError": 18, "NetworkError": 19, "AbortError": 20,
	"URLMismatchError": 21, "QuotaExceededError": 22, "TimeoutError": 23, "InvalidNodeTypeError": 24,
	"DataCloneError": 25,
}

// throwDOMException throws new DOMException(message, name).
func (w *Web) throwDOMException(message, name string) {
	panic(w.rt.ToValue(w.newDOMException(message, name)))
}

// newError makes new <ctor>(message) with a Node error code (when code is not "").
func (w *Web) newError(ctor, code, message string) *goja.Object {
	e, err := w.rt.New(w.rt.GlobalObject().Get(ctor), w.rt.ToValue(message))
	if err != nil {
		panic(err)
	}
	if code != "" {
		_ = e.Set("code", code)
		if s, ok := e.Get("stack").Export().(string); ok {
			rest := ""
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				rest = s[i:]
			}
			_ = e.DefineDataProperty("stack", w.rt.ToValue(ctor+" ["+code+"]: "+message+rest), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return e
}

func (w *Web) throw(ctor, code, message string) {
	panic(w.rt.ToValue(w.newError(ctor, code, message)))
}
