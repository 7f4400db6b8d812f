package webapi

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/inspect"
)

// domExceptionShim stands in for the bindings' DOMException (bindings/js/abort.js),
// which needs the rest of the bindings.
const domExceptionShim = `(function () {
  const codes = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
    NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25 };
  class DOMException extends Error {
    #name;
    constructor(message = '', options = 'Error') {
      super(` + "`${message}`" + `);
      this.#name = options !== null && typeof options === 'object' ? ` + "`${options.name}`" + ` : ` + "`${options}`" + `;
    }
    get name() { return this.#name; }
    get code() { return codes[this.#name] ?? 0; }
  }
  globalThis.DOMException = DOMException;
})()`

// loadHostErrors evaluates the bindings' internal/errors module (which package webapi
// cannot import: the bindings import it), as the bindings' require would.
func loadHostErrors(t testing.TB, rt *goja.Runtime, requireModule func(string) goja.Value) goja.Value {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "js", "internal_errors.js"))
	require.NoError(t, err)
	fnV, err := rt.RunScript("node:internal/errors", "(function (exports, require, module) {"+string(src)+"\n})")
	require.NoError(t, err)
	fn, _ := goja.AssertFunction(fnV)
	module := rt.NewObject()
	exports := rt.NewObject()
	_ = module.Set("exports", exports)
	req := rt.ToValue(func(c goja.FunctionCall) goja.Value { return requireModule(c.Argument(0).String()) })
	_, err = fn(exports, exports, req, module)
	require.NoError(t, err)
	return module.Get("exports")
}

type testEnv struct {
	rt  *goja.Runtime
	web *Web
}

// newTestEnv makes a runtime with the web APIs installed as lazy globals (as the
// bindings do), a DOMException, util (for inspection) and a require for the modules.
func newTestEnv(t testing.TB) *testEnv {
	t.Helper()
	rt := goja.New()
	insp := inspect.NewInspector(rt)
	var util, errors goja.Value
	var requireHost func(name string) goja.Value
	requireHost = func(name string) goja.Value {
		switch name {
		case "util":
			if util == nil {
				module := rt.NewObject()
				_ = module.Set("exports", rt.NewObject())
				insp.Require(rt, module)
				util = module.Get("exports")
			}
			return util
		case "internal/errors":
			if errors == nil {
				errors = loadHostErrors(t, rt, requireHost)
			}
			return errors
		}
		return nil
	}
	_, err := rt.RunString(domExceptionShim)
	require.NoError(t, err)
	global := rt.GlobalObject()
	define := func(name string, make func() goja.Value) {
		getter := rt.ToValue(func(goja.FunctionCall) goja.Value {
			v := make()
			_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return v
		})
		setter := rt.ToValue(func(c goja.FunctionCall) goja.Value {
			_ = global.DefineDataProperty(name, c.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return goja.Undefined()
		})
		_ = global.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	start := time.Now()
	w := Install(rt, Options{Require: requireHost, Now: func() time.Duration { return time.Since(start) }}, define)
	_ = rt.Set("require", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		if v, ok := w.Require(name); ok {
			return v
		}
		if v := requireHost(name); v != nil {
			return v
		}
		panic(rt.NewTypeError("Cannot find module '" + name + "'"))
	})
	return &testEnv{rt: rt, web: w}
}

// run evaluates code and returns its value, failing the test on an exception.
func (e *testEnv) run(t testing.TB, code string) goja.Value {
	t.Helper()
	v, err := e.rt.RunString(code)
	require.NoError(t, err, "code: %s", code)
	return v
}
