package fs

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	"github.com/jsloop/jsloop/bindings/internal/textenc"
)

// NormalizeEncoding returns Node's canonical name of a Buffer encoding ("utf8",
// "utf16le", "latin1", "ascii", "base64", "base64url", "hex"), or "" for one Node does
// not know.
func NormalizeEncoding(enc string) string {
	switch strings.ToLower(enc) {
	case "utf8", "utf-8":
		return "utf8"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "hex":
		return "hex"
	}
	return ""
}

// Decode turns bytes into a string as Buffer.prototype.toString(enc) does; an unknown
// encoding decodes as UTF-8.
func Decode(b []byte, enc string) string {
	switch NormalizeEncoding(enc) {
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	case "ascii":
		r := make([]byte, len(b))
		for i, c := range b {
			r[i] = c & 0x7f
		}
		return string(r)
	case "hex":
		return hex.EncodeToString(b)
	case "base64":
		return base64.StdEncoding.EncodeToString(b)
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b)
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(u))
	}
	return textenc.DecodeUTF8(b)
}

// Encode turns a string into bytes as Buffer.from(s, enc) does; an unknown encoding
// encodes as UTF-8.
func Encode(s string, enc string) []byte {
	switch NormalizeEncoding(enc) {
	case "latin1", "ascii":
		units := utf16.Encode([]rune(s))
		b := make([]byte, len(units))
		for i, u := range units {
			b[i] = byte(u)
		}
		return b
	case "utf16le":
		units := utf16.Encode([]rune(s))
		b := make([]byte, 2*len(units))
		for i, u := range units {
			b[2*i], b[2*i+1] = byte(u), byte(u>>8)
		}
		return b
	case "hex":
		var b []byte
		for i := 0; i+1 < len(s); i += 2 {
			hi, ok1 := textenc.HexDigit(s[i])
			lo, ok2 := textenc.HexDigit(s[i+1])
			if !ok1 || !ok2 {
				break
			}
			b = append(b, hi<<4|lo)
		}
		return b
	case "base64", "base64url":
		return textenc.DecodeBase64(s)
	}
	return []byte(s)
}
