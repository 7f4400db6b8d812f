package bindings

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/textenc"
)

// The Buffer encodings, by the canonical names buffer.js hands to the natives. The
// conversions work on JS strings as UTF-16 code units, as Node's do, so that lone
// surrogates survive ucs2 and latin1 round trips and become U+FFFD in UTF-8.

// isASCII reports whether s has only 7-bit code units; then s.String() is its bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// units returns the UTF-16 code units of s.
func units(s goja.String) []uint16 {
	n := s.Length()
	u := make([]uint16, n)
	for i := range u {
		u[i] = s.CharAt(i)
	}
	return u
}

// encodeString is Buffer.from(s, enc): the bytes of s in enc.
func encodeString(s goja.String, enc string) []byte {
	switch enc {
	case "utf8":
		// goja's String of a JS string is UTF-8 with each lone surrogate as U+FFFD,
		// which is exactly what Node writes.
		return []byte(s.String())
	case "latin1", "ascii":
		if str := s.String(); isASCII(str) {
			return []byte(str)
		}
		u := units(s)
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return b
	case "utf16le":
		n := s.Length()
		b := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			b[2*i], b[2*i+1] = byte(c), byte(c>>8)
		}
		return b
	case "hex":
		str := s.String()
		b := make([]byte, 0, len(str)/2)
		for i := 0; i+1 < len(str); i += 2 {
			hi, ok1 := textenc.HexDigit(str[i])
			lo, ok2 := textenc.HexDigit(str[i+1])
			if !ok1 || !ok2 {
				break // Node stops at the first pair that is not hex
			}
			b = append(b, hi<<4|lo)
		}
		return b
	case "base64", "base64url":
		return textenc.DecodeBase64(s.String())
	}
	return []byte(s.String())
}

// decodeBytes is buf.toString(enc): b as a JS string.
func decodeBytes(rt *goja.Runtime, b []byte, enc string) goja.Value {
	switch enc {
	case "latin1":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case "ascii":
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return rt.ToValue(string(out))
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case "hex":
		return rt.ToValue(hex.EncodeToString(b))
	case "base64":
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return rt.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	return rt.ToValue(textenc.DecodeUTF8(b))
}

// utf8Length is the UTF-8 byte length of s without encoding it.
func utf8Length(s goja.String) int {
	if str := s.String(); isASCII(str) {
		return len(str)
	}
	n, total := s.Length(), 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			total++
		case c < 0x800:
			total += 2
		case c >= 0xd800 && c <= 0xdbff && i+1 < n && s.CharAt(i+1) >= 0xdc00 && s.CharAt(i+1) <= 0xdfff:
			total += 4
			i++
		default:
			total += 3 // the rest of the BMP, and a lone surrogate as U+FFFD
		}
	}
	return total
}

// fitEncoded trims encoded (s in enc) to at most max bytes the way Node's write
// does: UTF-8 keeps whole characters only, UTF-16 whole code units.
func fitEncoded(encoded []byte, max int, enc string) []byte {
	if len(encoded) <= max {
		return encoded
	}
	switch enc {
	case "utf8":
		n := max
		for n > 0 && !utf8.RuneStart(encoded[n]) {
			n--
		}
		return encoded[:n]
	case "utf16le":
		return encoded[:max&^1]
	}
	return encoded[:max]
}

// searchBytes finds needle in hay: forward, the first match at or after from;
// backward, the last match starting at or before from. With aligned (UCS-2) only
// even positions count. It returns -1 for none.
func searchBytes(hay, needle []byte, from int, forward, aligned bool) int {
	from = max(from, 0)
	step := 1
	if aligned {
		step = 2
		from &^= 1
	}
	if forward {
		for i := from; i+len(needle) <= len(hay); {
			j := bytes.Index(hay[i:], needle)
			if j < 0 {
				return -1
			}
			if !aligned || (i+j)%2 == 0 {
				return i + j
			}
			i += j + 1
		}
		return -1
	}
	if from > len(hay)-len(needle) {
		from = len(hay) - len(needle)
		if aligned {
			from &^= 1
		}
	}
	for i := from; i >= 0; i -= step {
		if bytes.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}
