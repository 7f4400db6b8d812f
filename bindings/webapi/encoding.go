package webapi

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// The Encoding Standard's decoders: UTF-8, UTF-16LE/BE and windows-1252 are
// implemented here to the letter (replacement of maximal subparts, BOM handling,
// streaming); the other legacy encodings come from golang.org/x/text.

// EncodingName returns the canonical name of the encoding label names per the
// Encoding Standard ("" when the label is unknown).
func EncodingName(label string) string {
	label = strings.ToLower(strings.Trim(label, "\t\n\f\r "))
	for i := 0; i < len(label); i++ {
		// Every label of the Encoding Standard is made of these; htmlindex would
		// also accept other whitespace around one.
		if c := label[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return ""
		}
	}
	switch label {
	case "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8":
		return "utf-8"
	case "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le":
		return "utf-16le"
	case "unicodefffe", "utf-16be":
		return "utf-16be"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return ""
	}
	return name
}

// Decoder is a streaming decoder of one encoding, with TextDecoder's options.
type Decoder struct {
	name      string
	fatal     bool
	ignoreBOM bool
	bomSeen   bool // the first code point of the stream has been seen (or skipped as BOM)

	// UTF-8 state
	needed, seen int
	cp           rune
	lower, upper byte
	// UTF-16 state
	leadByte      int // -1 when none
	leadSurrogate int // -1 when none
	// legacy encodings
	table   *[256]rune // single-byte encodings: code point per byte, -1 when unmapped
	legacy  transform.Transformer
	pending []byte
}

var (
	singleByteMu     sync.Mutex
	singleByteTables = map[string]*[256]rune{}
)

// singleByteTable returns the Encoding Standard's index of a single-byte encoding
// (nil for others), from x/text's charmap with the C1 controls the standard maps
// bytes 0x80-0x9F to where the charmap has none.
func singleByteTable(name string) *[256]rune {
	singleByteMu.Lock()
	defer singleByteMu.Unlock()
	if t, ok := singleByteTables[name]; ok {
		return t
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	cm, ok := enc.(*charmap.Charmap)
	if !ok {
		singleByteTables[name] = nil
		return nil
	}
	t := new([256]rune)
	for b := 0; b < 256; b++ {
		r := cm.DecodeByte(byte(b))
		switch {
		case r != utf8.RuneError:
			t[b] = r
		case b >= 0x80 && b < 0xa0:
			t[b] = rune(b)
		default:
			t[b] = -1
		}
	}
	singleByteTables[name] = t
	return t
}

// NewDecoder returns a decoder for the canonical encoding name (see EncodingName).
func NewDecoder(name string, fatal, ignoreBOM bool) *Decoder {
	d := &Decoder{name: name, fatal: fatal, ignoreBOM: ignoreBOM}
	d.reset()
	return d
}

func (d *Decoder) reset() {
	d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
	d.leadByte, d.leadSurrogate = -1, -1
	d.bomSeen = false
	d.pending = d.pending[:0]
	d.legacy = nil
	switch d.name {
	case "utf-8", "utf-16le", "utf-16be", "windows-1252":
	default:
		if d.table = singleByteTable(d.name); d.table != nil {
			break
		}
		if enc, err := htmlindex.Get(d.name); err == nil {
			d.legacy = enc.NewDecoder()
		} else {
			d.legacy = encoding.Nop.NewDecoder()
		}
	}
}

// Decode decodes a chunk; with stream false the chunk ends the stream (an incomplete
// sequence at the end is an error) and the decoder starts afresh on the next call.
// ok is false when the decoder is fatal and the data is invalid.
func (d *Decoder) Decode(b []byte, stream bool) (out string, ok bool) {
	var buf []byte
	var failed bool
	emit := func(r rune) {
		if !d.bomSeen {
			d.bomSeen = true
			if r == 0xfeff && !d.ignoreBOM && (d.name == "utf-8" || d.name == "utf-16le" || d.name == "utf-16be") {
				return
			}
		}
		buf = utf8.AppendRune(buf, r)
	}
	bad := func() {
		failed = true
		emit(utf8.RuneError)
	}
	switch d.name {
	case "utf-8":
		d.decodeUTF8(b, emit, bad)
		if !stream && d.needed != 0 {
			d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
			bad()
		}
	case "utf-16le", "utf-16be":
		d.decodeUTF16(b, d.name == "utf-16be", emit, bad)
		if !stream && (d.leadByte >= 0 || d.leadSurrogate >= 0) {
			d.leadByte, d.leadSurrogate = -1, -1
			bad()
		}
	case "windows-1252":
		for _, c := range b {
			if c >= 0x80 && c < 0xa0 {
				emit(windows1252[c-0x80])
			} else {
				emit(rune(c))
			}
		}
	default:
		if d.table != nil {
			for _, c := range b {
				if r := d.table[c]; r >= 0 {
					emit(r)
				} else {
					bad()
				}
			}
			break
		}
		src := append(d.pending, b...)
		dst := make([]byte, len(src)*4+16)
		for {
			nDst, nSrc, err := d.legacy.Transform(dst, src, !stream)
			for _, r := range string(dst[:nDst]) {
				if r == utf8.RuneError {
					bad()
				} else {
					emit(r)
				}
			}
			src = src[nSrc:]
			if err == transform.ErrShortDst {
				continue
			}
			break
		}
		d.pending = append(d.pending[:0], src...)
		if !stream && len(d.pending) > 0 {
			d.pending = d.pending[:0]
			bad()
		}
	}
	if !stream {
		d.reset()
	}
	if failed && d.fatal {
		d.reset()
		return "", false
	}
	return string(buf), true
}

func (d *Decoder) decodeUTF8(b []byte, emit func(rune), bad func()) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if d.needed == 0 {
			switch {
			case c < 0x80:
				emit(rune(c))
			case c >= 0xc2 && c <= 0xdf:
				d.needed, d.cp = 1, rune(c&0x1f)
			case c >= 0xe0 && c <= 0xef:
				if c == 0xe0 {
					d.lower = 0xa0
				} else if c == 0xed {
					d.upper = 0x9f
				}
				d.needed, d.cp = 2, rune(c&0xf)
			case c >= 0xf0 && c <= 0xf4:
				if c == 0xf0 {
					d.lower = 0x90
				} else if c == 0xf4 {
					d.upper = 0x8f
				}
				d.needed, d.cp = 3, rune(c&0x7)
			default:
				bad()
			}
			continue
		}
		if c < d.lower || c > d.upper {
			d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
			bad()
			i-- // the byte starts afresh
			continue
		}
		d.lower, d.upper = 0x80, 0xbf
		d.cp = d.cp<<6 | rune(c&0x3f)
		d.seen++
		if d.seen == d.needed {
			emit(d.cp)
			d.needed, d.seen, d.cp = 0, 0, 0
		}
	}
}

func (d *Decoder) decodeUTF16(b []byte, be bool, emit func(rune), bad func()) {
	for _, c := range b {
		if d.leadByte < 0 {
			d.leadByte = int(c)
			continue
		}
		var cu int
		if be {
			cu = d.leadByte<<8 | int(c)
		} else {
			cu = int(c)<<8 | d.leadByte
		}
		d.leadByte = -1
		if d.leadSurrogate >= 0 {
			lead := d.leadSurrogate
			d.leadSurrogate = -1
			if cu >= 0xdc00 && cu <= 0xdfff {
				emit(rune(0x10000 + (lead-0xd800)<<10 + (cu - 0xdc00)))
				continue
			}
			bad()
		}
		switch {
		case cu >= 0xd800 && cu <= 0xdbff:
			d.leadSurrogate = cu
		case cu >= 0xdc00 && cu <= 0xdfff:
			bad()
		default:
			emit(rune(cu))
		}
	}
}

// windows1252 maps bytes 0x80-0x9F (index-windows-1252 of the Encoding Standard).
var windows1252 = [32]rune{
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
}

// EncodeUTF8 encodes a JS string as UTF-8, lone surrogates as U+FFFD.
func EncodeUTF8(s goja.String) []byte {
	n := s.Length()
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		c := rune(s.CharAt(i))
		if c < 0x80 {
			out = append(out, byte(c))
			continue
		}
		if c >= 0xd800 && c <= 0xdbff && i+1 < n {
			if c2 := rune(s.CharAt(i + 1)); c2 >= 0xdc00 && c2 <= 0xdfff {
				out = utf8.AppendRune(out, 0x10000+(c-0xd800)<<10+(c2-0xdc00))
				i++
				continue
			}
		}
		if c >= 0xd800 && c <= 0xdfff {
			c = utf8.RuneError
		}
		out = utf8.AppendRune(out, c)
	}
	return out
}

// encodeInto writes as much of s as fits into dst, whole characters only; it
// returns the UTF-16 code units read and the bytes written.
func encodeInto(s goja.String, dst []byte) (read, written int) {
	n := s.Length()
	var tmp [4]byte
	for read < n {
		c := rune(s.CharAt(read))
		units := 1
		if c >= 0xd800 && c <= 0xdbff && read+1 < n {
			if c2 := rune(s.CharAt(read + 1)); c2 >= 0xdc00 && c2 <= 0xdfff {
				c = 0x10000 + (c-0xd800)<<10 + (c2 - 0xdc00)
				units = 2
			}
		}
		if c >= 0xd800 && c <= 0xdfff {
			c = utf8.RuneError
		}
		size := utf8.EncodeRune(tmp[:], c)
		if written+size > len(dst) {
			break
		}
		copy(dst[written:], tmp[:size])
		written += size
		read += units
	}
	return read, written
}

// bytesOf returns the bytes of ArrayBuffer ab from off, length n (nil when ab is not
// an attached ArrayBuffer or the range is out of bounds).
func bytesOf(ab goja.Value, off, n int64) []byte {
	o, ok := ab.(*goja.Object)
	if !ok {
		return nil
	}
	buf, ok := o.Export().(goja.ArrayBuffer)
	if !ok || buf.Detached() {
		return nil
	}
	b := buf.Bytes()
	if off < 0 || n < 0 || off+n > int64(len(b)) {
		return nil
	}
	return b[off : off+n]
}

func toJSString(v goja.Value) goja.String {
	if s, ok := v.ToString().(goja.String); ok {
		return s
	}
	return goja.StringFromUTF16(nil)
}

func (w *Web) encodingNatives(set func(string, int, func(goja.FunctionCall) goja.Value)) {
	rt := w.rt
	set("isArrayBuffer", 1, func(c goja.FunctionCall) goja.Value { // any: shared ones too, as Node's decoders take
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue(false)
		}
		k := kindOf(o)
		return rt.ToValue(k == kArrayBuffer || k == kSharedArrayBuffer)
	})
	set("encodingName", 1, func(c goja.FunctionCall) goja.Value {
		if n := EncodingName(c.Argument(0).String()); n != "" {
			return rt.ToValue(n)
		}
		return goja.Undefined()
	})
	// newDecoder(name, fatal, ignoreBOM) returns decode(buffer, offset, length, stream).
	set("newDecoder", 3, func(c goja.FunctionCall) goja.Value {
		d := NewDecoder(c.Argument(0).String(), c.Argument(1).ToBoolean(), c.Argument(2).ToBoolean())
		return rt.ToValue(func(c goja.FunctionCall) goja.Value {
			var b []byte
			if !goja.IsUndefined(c.Argument(0)) {
				b = bytesOf(c.Argument(0), c.Argument(1).ToInteger(), c.Argument(2).ToInteger())
			}
			out, ok := d.Decode(b, c.Argument(3).ToBoolean())
			if !ok {
				w.throw("TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding "+d.name)
			}
			return rt.ToValue(out)
		})
	})
	set("encodeUTF8", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(EncodeUTF8(toJSString(c.Argument(0)))))
	})
	set("encodeInto", 4, func(c goja.FunctionCall) goja.Value {
		dst := bytesOf(c.Argument(1), c.Argument(2).ToInteger(), c.Argument(3).ToInteger())
		r, n := encodeInto(toJSString(c.Argument(0)), dst)
		return rt.NewArray(r, n)
	})
}
