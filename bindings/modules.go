package bindings

import (
	"embed"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/jsloop/jsloop/eventloop"
)

// jsFiles holds the built-in modules written in JavaScript. Each is compiled the first
// time a script needs it, so start-up pays only for what a script uses.
//
//go:embed js/*.js
var jsFiles embed.FS

// jsModuleFiles maps built-in module names to their files in jsFiles.
var jsModuleFiles = map[string]string{
	"events":            "js/events.js",
	"internal/errors":   "js/internal_errors.js",
	"internal/abort":    "js/abort.js",
	"timers/promises":   "js/timers_promises.js",
	"assert":            "js/assert.js",
	"path":              "js/path.js",
	"internal/asyncgen": "js/asyncgen.js",
	"internal/weakref":  "js/weakref.js",
	"jsloop:async":      "js/async.js",
	"internal/buffer":   "js/buffer.js",
	"worker_threads":    "js/worker_threads.js",
}

// publicModules are the built-ins scripts may require, with or without "node:".
var publicModules = map[string]bool{"events": true, "timers": true, "timers/promises": true, "util": true,
	"console": true, "process": true, "assert": true, "path": true, "buffer": true, "url": true,
	"assert/strict": true, "path/posix": true, "util/types": true, "perf_hooks": true, "crypto": true,
	"fs": true, "fs/promises": true, "child_process": true, "jsloop:async": true,
	"http": true, "jsloop:http": true, "worker_threads": true, "os": true}

// nodeBuiltins are Node's other built-in modules: requiring one gets a clear error
// instead of a search of node_modules.
var nodeBuiltins = map[string]bool{
	"async_hooks": true, "cluster": true, "constants": true,
	"dgram": true, "diagnostics_channel": true, "dns": true, "domain": true,
	"http2": true, "https": true, "inspector": true, "module": true, "net": true,
	"punycode": true, "querystring": true, "readline": true, "repl": true,
	"stream": true, "stream/promises": true, "stream/web": true, "string_decoder": true, "sys": true,
	"tls": true, "trace_events": true, "tty": true, "v8": true, "vm": true, "wasi": true,
	"zlib": true,
}

// moduleWrapperPrefix is the CommonJS wrapper, the same as goja_nodejs's require uses,
// so that line numbers stay those of the file (only line 1's columns shift).
const moduleWrapperPrefix = "(function(exports,require,module,__filename,__dirname){"

// builtinWrapperPrefix wraps the built-in modules of js/: internal is for host hooks.
const builtinWrapperPrefix = "(function (exports, require, module, internal) {"

// registerModule makes a built-in module available to requireBuiltin; make is called
// once, with a fresh module object, on first use.
func (h *Host) registerModule(name string, make func(*goja.Runtime, *goja.Object) goja.Value) {
	h.natives[name] = make
}

// internals is the host-hook object handed to the built-in JS modules.
func (h *Host) internals() *goja.Object {
	if h.internal != nil {
		return h.internal
	}
	h.internal = h.rt.NewObject()
	// readSource(filename) returns a file's original text (not the lowered code), for
	// messages that quote the user's source, such as assert's.
	_ = h.internal.Set("readSource", h.function("readSource", 1, func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		if src, ok := h.sources[name]; ok {
			return h.rt.ToValue(src)
		}
		if b, err := os.ReadFile(name); err == nil {
			return h.rt.ToValue(string(b))
		}
		return goja.Undefined()
	}))
	return h.internal
}

// RequireBuiltin returns the exports of a built-in module, internal ones included
// (internal/errors), loading it on first use: the require to hand a binding made
// outside Install, such as fs.WithRequire. Must be called on the loop goroutine.
func (h *Host) RequireBuiltin(name string) goja.Value { return h.requireBuiltin(name) }

// requireBuiltin returns the exports of a built-in module, loading it on first use.
func (h *Host) requireBuiltin(name string) goja.Value {
	name = strings.TrimPrefix(name, "node:")
	if v, ok := h.modules[name]; ok {
		return v
	}
	module := h.rt.NewObject()
	exports := h.rt.NewObject()
	_ = module.Set("exports", exports)
	if make, ok := h.natives[name]; ok {
		v := make(h.rt, module)
		h.modules[name] = v
		return v
	}
	file, ok := jsModuleFiles[name]
	if !ok {
		panic(h.newError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+name))
	}
	src, err := jsFiles.ReadFile(file)
	if err != nil {
		panic(h.newError("Error", "", err.Error()))
	}
	origin := name
	if !strings.HasPrefix(name, "jsloop:") {
		origin = "node:" + name
	}
	fnV, err := h.rt.RunScript(origin, builtinWrapperPrefix+string(src)+"\n})")
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnV)
	h.modules[name] = exports // a cycle sees the exports object, as in Node
	internalRequire := h.function("require", 1, func(c goja.FunctionCall) goja.Value { return h.requireBuiltin(c.Argument(0).String()) })
	if _, err := fn(exports, exports, internalRequire, module, h.internals()); err != nil {
		delete(h.modules, name)
		panic(err)
	}
	v := module.Get("exports")
	h.modules[name] = v
	if name == "events" {
		h.proc.loadEvents() // process is an EventEmitter as soon as EventEmitter exists
	}
	return v
}

func (h *Host) loadSource(path string) ([]byte, error) {
	var code []byte
	var err error
	if h.opts.LoadSource != nil {
		code, err = h.opts.LoadSource(path)
	} else {
		code, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	// A "#!" line is allowed only at the very start, which the wrapper takes; keep the
	// line (for line numbers) as a comment.
	if len(code) >= 2 && code[0] == '#' && code[1] == '!' {
		code = append([]byte("//"), code[2:]...)
	}
	return code, nil
}

// Check parses and compiles filename without running it; it returns a *SyntaxError
// for code that does not parse.
func (h *Host) Check(filename string) error {
	filename = absPath(filename)
	code, err := h.loadSource(filename)
	if err != nil {
		return err
	}
	_, err = h.compile(filename, moduleWrapperPrefix+string(code)+"\n})", len(moduleWrapperPrefix))
	return err
}

// compile parses and compiles src; a syntax error comes back as a *SyntaxError with
// the position in the file. prefix is the length of the module wrapper src starts
// with (0 for none).
func (h *Host) compile(name, src string, prefix int) (*goja.Program, error) {
	if prefix > 0 {
		h.wrapped[name] = prefix
	}
	ast, err := parser.ParseFile(nil, name, fixArrowArguments(name, src), 0)
	if err != nil {
		return nil, h.syntaxError(err, prefix)
	}
	prg, err := goja.CompileAST(ast, false)
	if err != nil {
		return nil, h.syntaxError(err, prefix)
	}
	return prg, nil
}

// CheckCode is Check for a script given as text (node -e, or standard input).
func (h *Host) CheckCode(name, code string) error {
	h.sources[name] = code
	_, err := h.compile(name, code, 0)
	return err
}

// SetSource records the text a script named name was written as, for error reports,
// when the code given to Eval was transformed from it.
func (h *Host) SetSource(name, text string) { h.sources[name] = text }

// Eval returns the task that runs code as a script named name in the global scope, as
// node -e does; with print set it prints the completion value, as node -p does.
func (h *Host) Eval(name, code string, print bool) eventloop.Task {
	return func(rt *goja.Runtime) error {
		module := rt.NewObject()
		exports := rt.NewObject()
		_ = module.Set("exports", exports)
		_ = module.Set("id", name)
		for k, v := range map[string]any{"module": module, "exports": exports, "__filename": name, "__dirname": "."} {
			h.setGlobal(k, rt.ToValue(v))
		}
		if _, ok := h.sources[name]; !ok {
			h.sources[name] = code
		}
		prg, err := h.compile(name, code, 0)
		if err != nil {
			return err
		}
		v, err := rt.RunProgram(prg)
		if err != nil {
			return err
		}
		if print {
			_, _ = h.stdout.Write([]byte(h.inspector.Format([]goja.Value{v}) + "\n"))
		}
		return nil
	}
}

// nodeModulePaths lists the node_modules folders Node would search from dir.
func nodeModulePaths(dir string) []any {
	var paths []any
	for {
		if filepath.Base(dir) != "node_modules" {
			paths = append(paths, filepath.Join(dir, "node_modules"))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return paths
		}
		dir = parent
	}
}
