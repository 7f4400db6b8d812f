package textenc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected strings are what node v20 prints for Buffer.from([...]).toString() and
// Buffer.from(s, 'base64') on the same input.
func TestDecodeUTF8(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{[]byte("héllo"), "héllo"},
		{[]byte{0xE2, 0x82}, "\uFFFD"},                   // truncated 3-byte sequence: one U+FFFD
		{[]byte{0xC0, 0x80}, "\uFFFD\uFFFD"},             // overlong: each byte invalid
		{[]byte{0xED, 0xA0, 0x80}, "\uFFFD\uFFFD\uFFFD"}, // a surrogate: invalid after 0xED
		{[]byte{0xF0, 0x9F, 0x98, 0x80, 0xFF}, "😀\uFFFD"},
		{[]byte{0xEF, 0xBB, 0xBF, 'a'}, "\uFEFFa"}, // the BOM is kept
		{[]byte{0xe2, 0x82, 0x41}, "\uFFFDA"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"}, // above U+10FFFF
		{[]byte{0xf0, 0x9f, 0x98}, "\uFFFD"},
	} {
		assert.Equal(t, c.want, DecodeUTF8(c.in), "% x", c.in)
	}
}

func TestDecodeBase64(t *testing.T) {
	assert.Equal(t, "hello", string(DecodeBase64("aGVsbG8=")))
	assert.Equal(t, "hello", string(DecodeBase64("aGVs bG8"))) // whitespace skipped, no padding
	assert.Equal(t, []byte{0xfb, 0xff}, DecodeBase64("-_8"))   // the URL alphabet
	assert.Equal(t, "hel", string(DecodeBase64("aGVs=bG8=")))  // stops at the first '='
	assert.Equal(t, "", string(DecodeBase64("a")))             // a lone sextet
}

// decodeURIComponent-like expectations from the URL standard's percent-decode: a %
// without two hex digits after it stays.
func TestPercentDecode(t *testing.T) {
	assert.Equal(t, "A b%4%zz%", string(PercentDecode("%41%20b%4%zz%")))
	assert.Equal(t, []byte{0xff, 0xfe}, PercentDecode("%ff%FE"))
}
