package webapi

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// base64Func makes the global atob or btoa (HTML's forgiving-base64, with Node's
// error messages).
func (w *Web) base64Func(name string) goja.Value {
	return w.function(name, 1, func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			w.throw("TypeError", "ERR_MISSING_ARGS", `The "input" argument must be specified`)
		}
		if _, isSym := c.Arguments[0].(*goja.Symbol); isSym {
			panic(w.rt.NewTypeError("Cannot convert a Symbol value to a string"))
		}
		input := c.Arguments[0].ToString().String()
		if name == "btoa" {
			out, ok := Btoa(input)
			if !ok {
				w.throwDOMException("Invalid character", "InvalidCharacterError")
			}
			return w.rt.ToValue(out)
		}
		out, err := Atob(input)
		if err != "" {
			w.throwDOMException(err, "InvalidCharacterError")
		}
		return w.rt.ToValue(out)
	})
}

// Btoa encodes s, whose characters must all be below U+0100, as base64; ok is false
// otherwise.
func Btoa(s string) (out string, ok bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return "", false
		}
		b = append(b, byte(r))
	}
	return base64.StdEncoding.EncodeToString(b), true
}

// Atob is the forgiving-base64 decode of s: the bytes as a string of characters
// U+0000-U+00FF, or, on failure, Node's message for it.
func Atob(s string) (out string, errMsg string) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t', '\n', '\f', '\r', ' ':
		default:
			b.WriteByte(c)
		}
	}
	data := b.String()
	if len(data)%4 == 0 {
		if strings.HasSuffix(data, "==") {
			data = data[:len(data)-2]
		} else if strings.HasSuffix(data, "=") {
			data = data[:len(data)-1]
		}
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
			return "", "Invalid character"
		}
	}
	if len(data)%4 == 1 {
		return "", "The string to be decoded is not correctly encoded."
	}
	// Forgiving: the unused bits of the last character are ignored.
	raw := base64.RawStdEncoding.WithPadding(base64.NoPadding)
	n := len(data) * 6 / 8
	buf := make([]byte, 0, n)
	full := len(data) / 4 * 4
	dec, _ := raw.DecodeString(data[:full])
	buf = append(buf, dec...)
	if rest := data[full:]; rest != "" {
		var bits uint32
		for i := 0; i < len(rest); i++ {
			bits = bits<<6 | uint32(strings.IndexByte(base64Alphabet, rest[i]))
		}
		switch len(rest) {
		case 2: // 12 bits, one byte
			buf = append(buf, byte(bits>>4))
		case 3: // 18 bits, two bytes
			buf = append(buf, byte(bits>>10), byte(bits>>2))
		}
	}
	r := make([]byte, 0, len(buf)*2)
	for _, c := range buf {
		r = utf8.AppendRune(r, rune(c))
	}
	return string(r), ""
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
