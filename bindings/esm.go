package bindings

import (
	"net/url"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// ES modules reach the bindings already bundled into one script (the command does that
// with esbuild): local imports are inlined, imports of built-in modules are require
// calls, each module's import.meta comes from __jsloopImportMeta(relative path) and a
// dynamic import of something not bundled from __jsloopImport(specifier). RunESM wraps
// that script in an async function, so top-level await works, and runs it the way Node
// runs an ES module entry point: in a promise job during the first iteration's poll
// phase (so nextTicks queued while it evaluates run after its promise jobs, and a
// setImmediate beats a setTimeout(0)).

// esmWrapperPrefix wraps a bundled ES module.
const esmWrapperPrefix = "(async function(exports,require,module,__filename,__dirname,__jsloopImportMeta,__jsloopImport){"

// RunESM returns the task that runs code, an ES module entry point bundled into one
// script, as filename. Submit it before Run. If the loop runs out of work while the
// module's top-level await is still pending, the run ends with exit code 13, as Node's.
func (h *Host) RunESM(filename, code string) eventloop.Task {
	return func(rt *goja.Runtime) error {
		filename = absPath(filename)
		prg, err := h.compile(filename, esmWrapperPrefix+code+"\n})", len(esmWrapperPrefix))
		if err != nil {
			return err
		}
		fnV, err := rt.RunProgram(prg)
		if err != nil {
			return err
		}
		dir := filepath.Dir(filename)
		module := h.newModule(".", filename, goja.Undefined())
		h.cjs.main = module
		baseDir := h.esmBase
		if baseDir == "" {
			baseDir = dir
		}
		importMeta := h.function("importMeta", 1, func(c goja.FunctionCall) goja.Value {
			file := filepath.Join(baseDir, filepath.FromSlash(c.Argument(0).String()))
			meta := rt.NewObject()
			_ = meta.Set("url", (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String())
			_ = meta.Set("filename", file)
			_ = meta.Set("dirname", filepath.Dir(file))
			return meta
		})
		req := module.Get("require")
		dynamicImport := h.function("import", 1, func(c goja.FunctionCall) goja.Value {
			return h.dynamicImport(req, c.Argument(0))
		})
		start, err := rt.RunScript("node:internal/esm", `(function (fn, args) { return Promise.resolve().then(() => fn.apply(args[0], args)); })`)
		if err != nil {
			return err
		}
		startFn, _ := goja.AssertFunction(start)
		args := rt.NewArray(module.Get("exports"), req, module, filename, dir, importMeta, dynamicImport)
		// Like Node: the entry point is evaluated from a completion of the first
		// iteration (after its timers phase), inside a promise job.
		complete := h.loop.Hold()
		return complete(func(rt *goja.Runtime) error {
			p, err := startFn(goja.Undefined(), fnV, args)
			if err != nil {
				return err
			}
			h.esmPromise, _ = p.Export().(*goja.Promise)
			return nil
		})
	}
}

// dynamicImport is import(specifier) for what the bundle could not inline: a built-in
// module, or a CommonJS file, as a namespace whose default export is module.exports.
func (h *Host) dynamicImport(req goja.Value, spec goja.Value) goja.Value {
	rt := h.rt
	return h.newPromiseFrom(rt.Get("Promise"), func(resolve, reject goja.Value) {
		res, _ := goja.AssertFunction(resolve)
		rej, _ := goja.AssertFunction(reject)
		requireFn, _ := goja.AssertFunction(req)
		name := spec.String()
		if strings.HasSuffix(name, ".mjs") || strings.HasSuffix(name, ".mts") {
			_, _ = rej(goja.Undefined(), h.newError("Error", "ERR_UNSUPPORTED_DIR_IMPORT",
				"jsloop cannot import() the ES module '"+name+"' at run time: import it with a string literal so that it is bundled"))
			return
		}
		exports, err := requireFn(goja.Undefined(), spec)
		if err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				_, _ = rej(goja.Undefined(), ex.Value())
				return
			}
			panic(err)
		}
		_, _ = res(goja.Undefined(), h.namespaceOf(exports))
	})
}

// namespaceOf is the module namespace Node gives a CommonJS module: its named exports
// plus default = module.exports.
func (h *Host) namespaceOf(exports goja.Value) goja.Value {
	ns := h.rt.NewObject()
	if obj, ok := exports.(*goja.Object); ok {
		for _, k := range obj.Keys() {
			_ = ns.Set(k, obj.Get(k))
		}
	}
	_ = ns.Set("default", exports)
	_ = ns.DefineDataPropertySymbol(goja.SymToStringTag, h.rt.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return ns
}

// SetModuleBase sets the directory the bundle's per-module paths (for import.meta) are
// relative to: the working directory esbuild bundled from.
func (h *Host) SetModuleBase(dir string) { h.esmBase = dir }

// tlaPending reports whether an ES module entry point is still waiting in a top-level
// await.
func (h *Host) tlaPending() bool {
	return h.esmPromise != nil && h.esmPromise.State() == goja.PromiseStatePending
}
