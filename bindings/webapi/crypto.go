package webapi

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// hashAlgorithms are the digests createHash and createHmac accept, by OpenSSL's
// names (lower case).
var hashAlgorithms = map[string]func() hash.Hash{
	"md5":        md5.New,
	"sha1":       sha1.New,
	"sha224":     sha256.New224,
	"sha256":     sha256.New,
	"sha384":     sha512.New384,
	"sha512":     sha512.New,
	"sha512-224": sha512.New512_224,
	"sha512-256": sha512.New512_256,
	"sha3-224":   func() hash.Hash { return sha3.New224() },
	"sha3-256":   func() hash.Hash { return sha3.New256() },
	"sha3-384":   func() hash.Hash { return sha3.New384() },
	"sha3-512":   func() hash.Hash { return sha3.New512() },
}

// HashNames lists the algorithms of crypto.getHashes().
var HashNames = []string{
	"RSA-MD5", "RSA-SHA1", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384",
	"RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
	"md5", "md5WithRSAEncryption", "sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption",
	"sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
	"sha512-256WithRSAEncryption", "sha512WithRSAEncryption",
}

// lookupHash resolves an algorithm name as OpenSSL does (case-insensitive, with the
// RSA- and WithRSAEncryption aliases and the sha-256 spellings).
func lookupHash(name string) func() hash.Hash {
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "rsa-")
	n = strings.TrimSuffix(n, "withrsaencryption")
	n = strings.ReplaceAll(n, "/", "-")
	switch n {
	case "sha-1", "sha-224", "sha-256", "sha-384", "sha-512":
		n = "sha" + n[4:]
	case "sha-512/224", "sha-512-224":
		n = "sha512-224"
	case "sha-512/256", "sha-512-256":
		n = "sha512-256"
	}
	return hashAlgorithms[n]
}

// DecodeString converts a JS string to bytes in one of Node's Buffer encodings
// (utf8, hex, base64, base64url, latin1/binary, ascii, ucs2/utf16le).
func DecodeString(s goja.String, enc string) []byte {
	n := s.Length()
	switch normalizeEncoding(enc) {
	case "latin1", "ascii":
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(s.CharAt(i))
		}
		return b
	case "utf16le":
		b := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			binary.LittleEndian.PutUint16(b[2*i:], s.CharAt(i))
		}
		return b
	case "hex":
		str := s.String()
		var out []byte
		for i := 0; i+1 < len(str); i += 2 {
			v, err := hex.DecodeString(str[i : i+2])
			if err != nil {
				break
			}
			out = append(out, v...)
		}
		return out
	case "base64", "base64url":
		// Node's decoder accepts both alphabets and skips anything else.
		var clean []byte
		str := s.String()
		for i := 0; i < len(str); i++ {
			c := str[i]
			switch {
			case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
				clean = append(clean, c)
			case c == '-':
				clean = append(clean, '+')
			case c == '_':
				clean = append(clean, '/')
			case c == '=':
				i = len(str)
			}
		}
		if len(clean)%4 == 1 {
			clean = clean[:len(clean)-1]
		}
		out, _ := decodeLoose(clean)
		return out
	}
	return EncodeUTF8(s)
}

// decodeLoose decodes unpadded base64 ignoring non-zero trailing bits.
func decodeLoose(clean []byte) ([]byte, error) {
	var out []byte
	var bits uint32
	var nbits uint
	for _, c := range clean {
		bits = bits<<6 | uint32(strings.IndexByte(base64Alphabet, c))
		nbits += 6
		if nbits >= 8 {
			nbits -= 8
			out = append(out, byte(bits>>nbits))
		}
	}
	return out, nil
}

// normalizeEncoding maps Node's encoding names to canonical ones ("" if unknown).
func normalizeEncoding(enc string) string {
	switch strings.ToLower(enc) {
	case "", "utf8", "utf-8":
		return "utf8"
	case "hex":
		return "hex"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	}
	return ""
}

// EncodeBytes renders b as a string in one of Node's Buffer encodings; ok is false
// for an unknown encoding.
func EncodeBytes(b []byte, enc string) (out goja.String, ok bool) {
	ascii := func(s string) goja.String { return goja.StringFromUTF16(utf16.Encode([]rune(s))) }
	switch normalizeEncoding(enc) {
	case "hex":
		return ascii(hex.EncodeToString(b)), true
	case "base64":
		return ascii(base64.StdEncoding.EncodeToString(b)), true
	case "base64url":
		return ascii(base64.RawURLEncoding.EncodeToString(b)), true
	case "latin1":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u), true
	case "ascii":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c & 0x7f)
		}
		return goja.StringFromUTF16(u), true
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		return goja.StringFromUTF16(u), true
	case "utf8":
		s, _ := NewDecoder("utf-8", false, true).Decode(b, false)
		return goja.StringFromUTF16(utf16.Encode([]rune(s))), true
	}
	return nil, false
}

// randomUUID returns a version 4 UUID.
func randomUUID(r io.Reader) (string, error) {
	var u [16]byte
	if _, err := io.ReadFull(r, u[:]); err != nil {
		return "", err
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], nil
}

// randomInt returns a uniform integer in [min, max) (max-min < 2^48) as Node does:
// rejection sampling of 48-bit random values.
func randomInt(r io.Reader, min, max int64) (int64, error) {
	const randMax = 1<<48 - 1
	rng := max - min
	limit := randMax - randMax%rng
	var b [8]byte
	for {
		if _, err := io.ReadFull(r, b[2:]); err != nil {
			return 0, err
		}
		x := int64(binary.BigEndian.Uint64(b[:]))
		if x < limit {
			return x%rng + min, nil
		}
	}
}

func (w *Web) cryptoNatives(set func(string, int, func(goja.FunctionCall) goja.Value)) {
	rt := w.rt
	fill := func(b []byte) {
		if _, err := io.ReadFull(w.random, b); err != nil {
			panic(rt.NewGoError(err))
		}
	}
	// randomFill(arrayBuffer, offset, length) fills the range with random bytes.
	set("randomFill", 3, func(c goja.FunctionCall) goja.Value {
		if b := bytesOf(c.Argument(0), c.Argument(1).ToInteger(), c.Argument(2).ToInteger()); b != nil {
			fill(b)
		}
		return goja.Undefined()
	})
	set("randomUUID", 0, func(goja.FunctionCall) goja.Value {
		s, err := randomUUID(w.random)
		if err != nil {
			panic(rt.NewGoError(err))
		}
		return rt.ToValue(s)
	})
	set("randomInt", 2, func(c goja.FunctionCall) goja.Value {
		n, err := randomInt(w.random, c.Argument(0).ToInteger(), c.Argument(1).ToInteger())
		if err != nil {
			panic(rt.NewGoError(err))
		}
		return rt.ToValue(n)
	})
	set("hashSupported", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(lookupHash(c.Argument(0).String()) != nil)
	})
	set("hashNames", 0, func(goja.FunctionCall) goja.Value {
		names := make([]any, len(HashNames))
		for i, n := range HashNames {
			names[i] = n
		}
		return rt.NewArray(names...)
	})
	// newHash(algorithm, key) returns a handle { update(data, encoding | buffer, offset,
	// length), digest() → ArrayBuffer, copy() }, or undefined for an unknown algorithm;
	// key (an ArrayBuffer range [buffer, offset, length]) makes it an HMAC.
	set("newHash", 2, func(c goja.FunctionCall) goja.Value {
		newFn := lookupHash(c.Argument(0).String())
		if newFn == nil {
			return goja.Undefined()
		}
		var h hash.Hash
		if key, ok := c.Argument(1).(*goja.Object); ok {
			k := append([]byte(nil), w.rangeBytes(key)...)
			h = hmac.New(newFn, k)
		} else {
			h = newFn()
		}
		return w.hashHandle(h)
	})
	// bytes(string, encoding) → ArrayBuffer of the string in a Buffer encoding.
	set("stringBytes", 2, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(DecodeString(toJSString(c.Argument(0)), c.Argument(1).String())))
	})
	// encodeBytes(buffer, offset, length, encoding) → string, or undefined for an
	// unknown encoding.
	set("encodeBytes", 4, func(c goja.FunctionCall) goja.Value {
		b := bytesOf(c.Argument(0), c.Argument(1).ToInteger(), c.Argument(2).ToInteger())
		if s, ok := EncodeBytes(b, c.Argument(3).String()); ok {
			return s
		}
		return goja.Undefined()
	})
	set("timingSafeEqual", 6, func(c goja.FunctionCall) goja.Value {
		a := bytesOf(c.Argument(0), c.Argument(1).ToInteger(), c.Argument(2).ToInteger())
		b := bytesOf(c.Argument(3), c.Argument(4).ToInteger(), c.Argument(5).ToInteger())
		return rt.ToValue(subtle.ConstantTimeCompare(a, b) == 1)
	})
}

// rangeBytes reads an [arrayBuffer, offset, length] array.
func (w *Web) rangeBytes(r *goja.Object) []byte {
	return bytesOf(r.Get("0"), r.Get("1").ToInteger(), r.Get("2").ToInteger())
}

func (w *Web) hashHandle(h hash.Hash) *goja.Object {
	rt := w.rt
	o := rt.NewObject()
	_ = o.Set("update", w.function("update", 3, func(c goja.FunctionCall) goja.Value {
		if s, ok := c.Argument(0).(goja.String); ok {
			h.Write(DecodeString(s, c.Argument(1).String()))
		} else {
			h.Write(bytesOf(c.Argument(0), c.Argument(1).ToInteger(), c.Argument(2).ToInteger()))
		}
		return goja.Undefined()
	}))
	_ = o.Set("digest", w.function("digest", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(h.Sum(nil)))
	}))
	_ = o.Set("copy", w.function("copy", 0, func(goja.FunctionCall) goja.Value {
		if m, ok := h.(interface{ MarshalBinary() ([]byte, error) }); ok {
			state, err := m.MarshalBinary()
			if err == nil {
				if h2, ok := cloneHash(h, state); ok {
					return w.hashHandle(h2)
				}
			}
		}
		return goja.Undefined()
	}))
	return o
}

// cloneHash makes a hash of the same algorithm as h in the given marshalled state.
func cloneHash(h hash.Hash, state []byte) (hash.Hash, bool) {
	for _, newFn := range hashAlgorithms {
		h2 := newFn()
		if h2.Size() != h.Size() || h2.BlockSize() != h.BlockSize() {
			continue
		}
		if u, ok := h2.(interface{ UnmarshalBinary([]byte) error }); ok && u.UnmarshalBinary(state) == nil {
			return h2, true
		}
	}
	return nil, false
}
