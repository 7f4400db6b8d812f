package bindings

import (
	"bytes"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
)

// Node's 'buffer' module is goja_nodejs's Buffer completed by js/buffer.js (loaded
// as "internal/buffer"). goja_nodejs's constructor stays the one Go code creates
// Buffers with (buffer.WrapBytes in fs, child_process, …); buffer.js points its
// prototype at Node's Buffer.prototype and copies its API symbol (how WrapBytes finds
// it through the global Buffer) onto the Node-like Buffer function, so Go-made
// Buffers are instances of the global Buffer with every Node method. The natives
// below are the parts that need Go: string encodings, search and compare.
// Everything here runs on the loop goroutine.

// bufferModule makes the exports of require('buffer').
func (h *Host) bufferModule(rt *goja.Runtime, _ *goja.Object) goja.Value {
	tmp := rt.NewObject()
	_ = tmp.Set("exports", rt.NewObject())
	buffer.Require(rt, tmp)
	orig := tmp.Get("exports").ToObject(rt).Get("Buffer").ToObject(rt)
	_ = h.internals().Set("buffer", h.bufferNatives(orig))
	return h.requireBuiltin("internal/buffer")
}

// bufferNatives is the binding object buffer.js builds Buffer on.
func (h *Host) bufferNatives(orig *goja.Object) *goja.Object {
	rt := h.rt
	u8, ok := goja.AssertConstructor(rt.Get("Uint8Array"))
	if !ok {
		panic(rt.NewTypeError("Uint8Array is not a constructor"))
	}
	// newBuffer wraps data (not copied) in a Buffer.
	newBuffer := func(data []byte) goja.Value {
		o, err := u8(orig, rt.ToValue(rt.NewArrayBuffer(data)))
		if err != nil {
			panic(err)
		}
		return o
	}
	n := rt.NewObject()
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		_ = n.Set(name, h.function(name, length, fn))
	}
	_ = n.Set("Buffer", orig)
	// fromString(string, enc) is Buffer.from(string, enc); enc is canonical.
	set("fromString", 2, func(c goja.FunctionCall) goja.Value {
		return newBuffer(encodeString(jsString(c.Argument(0)), c.Argument(1).String()))
	})
	// slice(view, enc, start, end) is view.toString(enc, start, end), bounds checked.
	set("slice", 4, func(c goja.FunctionCall) goja.Value {
		b := h.viewBytes(c.Argument(0))
		start, end := clampRange(c.Argument(2).ToInteger(), c.Argument(3).ToInteger(), len(b))
		return decodeBytes(rt, b[start:end], c.Argument(1).String())
	})
	// byteLengthUtf8(string) is Buffer.byteLength(string, 'utf8').
	set("byteLengthUtf8", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(utf8Length(jsString(c.Argument(0))))
	})
	// write(view, string, offset, length, enc) writes what fits and returns the
	// number of bytes written.
	set("write", 5, func(c goja.FunctionCall) goja.Value {
		b := h.viewBytes(c.Argument(0))
		off, max := clampRange(c.Argument(2).ToInteger(), c.Argument(2).ToInteger()+c.Argument(3).ToInteger(), len(b))
		enc := c.Argument(4).String()
		data := fitEncoded(encodeString(jsString(c.Argument(1)), enc), max-off, enc)
		return rt.ToValue(copy(b[off:max], data))
	})
	// indexOf(view, needleView, from, forward, aligned) is the raw search behind
	// indexOf/lastIndexOf/includes; buffer.js resolves the offset as Node does.
	set("indexOf", 5, func(c goja.FunctionCall) goja.Value {
		hay, needle := h.viewBytes(c.Argument(0)), h.viewBytes(c.Argument(1))
		from := int(c.Argument(2).ToInteger())
		return rt.ToValue(searchBytes(hay, needle, from, c.Argument(3).ToBoolean(), c.Argument(4).ToBoolean()))
	})
	// compare(a, b) orders two views' bytes: -1, 0 or 1.
	set("compare", 2, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(bytes.Compare(h.viewBytes(c.Argument(0)), h.viewBytes(c.Argument(1))))
	})
	set("isUtf8", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(utf8.Valid(h.viewBytes(c.Argument(0))))
	})
	set("isAscii", 1, func(c goja.FunctionCall) goja.Value {
		b := h.viewBytes(c.Argument(0))
		for _, x := range b {
			if x >= 0x80 {
				return rt.ToValue(false)
			}
		}
		return rt.ToValue(true)
	})
	return n
}

// viewBytes returns the bytes a TypedArray or DataView sees, sharing its memory.
// buffer.js validates its arguments, so anything else is an internal error, thrown
// as a TypeError rather than left to panic.
func (h *Host) viewBytes(v goja.Value) []byte {
	var b []byte
	var err error
	detached := func() (failed bool) {
		defer func() { failed = recover() != nil }()
		if o, ok := v.(*goja.Object); ok {
			if u8, ok := o.Export().([]byte); ok { // Uint8Array, the common case: no reflection
				b = u8
				return false
			}
		}
		err = h.rt.ExportTo(v, &b)
		return false
	}()
	if detached {
		panic(h.newTypeError("ERR_INVALID_STATE", "Cannot perform this operation on a detached ArrayBuffer"))
	}
	if err != nil {
		panic(h.invalidArgType("buffer", v, "Buffer", "TypedArray", "DataView"))
	}
	return b
}

// clampRange limits [start, end) to [0, n] with start <= end.
func clampRange(start, end int64, n int) (int, int) {
	start = max(0, min(start, int64(n)))
	end = max(start, min(end, int64(n)))
	return int(start), int(end)
}

// jsString is v as a JS string (code units intact).
func jsString(v goja.Value) goja.String {
	if s, ok := v.ToString().(goja.String); ok {
		return s
	}
	return goja.StringFromUTF16(nil)
}
