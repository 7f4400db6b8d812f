package bindings

import (
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/term"
)

// envObject is process.env: reads go to the environment the bindings were given,
// writes stay in this runtime and are stored as strings, as in Node.
type envObject struct {
	rt   *goja.Runtime
	vars map[string]string
}

func (h *Host) newEnv() *goja.Object {
	entries := h.opts.Env
	if entries == nil {
		entries = os.Environ()
	}
	e := &envObject{rt: h.rt, vars: make(map[string]string, len(entries))}
	for _, kv := range entries {
		if k, v, ok := strings.Cut(kv, "="); ok {
			e.vars[k] = v
		}
	}
	return h.rt.NewDynamicObject(e)
}

func (e *envObject) Get(key string) goja.Value {
	if v, ok := e.vars[key]; ok {
		return e.rt.ToValue(v)
	}
	return nil
}

func (e *envObject) Set(key string, val goja.Value) bool {
	if _, isSymbol := val.(*goja.Symbol); isSymbol {
		panic(e.rt.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	e.vars[key] = val.String()
	return true
}

func (e *envObject) Has(key string) bool {
	_, ok := e.vars[key]
	return ok
}

func (e *envObject) Delete(key string) bool {
	delete(e.vars, key)
	return true
}

func (e *envObject) Keys() []string {
	keys := make([]string, 0, len(e.vars))
	for k := range e.vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// newStream is process.stdout or process.stderr: write(chunk[, encoding][, cb]), isTTY
// and columns, enough for scripts that print without console.
func (h *Host) newStream(w io.Writer, fd int) *goja.Object {
	rt := h.rt
	s := rt.NewObject()
	_ = s.Set("fd", fd)
	_ = s.Set("write", h.function("write", 1, func(c goja.FunctionCall) goja.Value {
		chunk := c.Argument(0)
		var data []byte
		if obj, ok := chunk.(*goja.Object); ok {
			if b, ok := obj.Export().([]byte); ok {
				data = b
			}
		}
		if data == nil {
			data = []byte(chunk.String())
		}
		_, err := w.Write(data)
		for _, a := range c.Arguments[1:] {
			if fn, ok := goja.AssertFunction(a); ok {
				var arg goja.Value = goja.Undefined()
				if err != nil {
					arg = h.newError("Error", "", err.Error())
				}
				h.loop.NextTick(callbackOf(fn, arg))
				break
			}
		}
		return rt.ToValue(true)
	}))
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		_ = s.Set("isTTY", true)
		if cols, rows, err := term.GetSize(int(f.Fd())); err == nil {
			_ = s.Set("columns", cols)
			_ = s.Set("rows", rows)
		}
	}
	return s
}
