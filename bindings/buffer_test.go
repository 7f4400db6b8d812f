package bindings

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// runWithGoBuffer runs script with goBuf, a Buffer made by goja_nodejs's WrapBytes
// (as fs and child_process make theirs), in scope; it returns what the script printed.
func runWithGoBuffer(t testing.TB, data []byte, script string) string {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	var out bytes.Buffer
	h, err := Install(loop, Options{Stdout: &out, Stderr: io.Discard})
	require.NoError(t, err)
	require.NoError(t, loop.Submit(func(rt *goja.Runtime) error {
		return rt.Set("goBuf", buffer.WrapBytes(rt, data))
	}))
	require.NoError(t, loop.Submit(h.Eval("[test]", script, false)))
	require.NoError(t, loop.Run(context.Background()))
	return out.String()
}

func TestGoMadeBufferIsNodeBuffer(t *testing.T) {
	got := runWithGoBuffer(t, []byte{0x68, 0x69, 0xff}, `
		console.log(Buffer.isBuffer(goBuf), goBuf instanceof Buffer, goBuf.constructor === Buffer);
		console.log(goBuf, goBuf.toString('latin1'), goBuf.readUInt16BE(1), goBuf.subarray(1) instanceof Buffer);
		console.log(require('buffer').Buffer === Buffer, Buffer.name, typeof Buffer.prototype.swap16);
	`)
	assert.Equal(t, "true true true\n<Buffer 68 69 ff> hiÿ 27135 true\ntrue Buffer function\n", got)
}

func TestBufferSharesGoMemory(t *testing.T) {
	data := []byte("abc")
	got := runWithGoBuffer(t, data, `goBuf.write('x', 1); goBuf.fill('z', 2); console.log(goBuf.toString())`)
	assert.Equal(t, "axz\n", got)
	assert.Equal(t, "axz", string(data), "a Buffer made with WrapBytes writes through to the Go slice")
}

func TestEncodeStringKeepsCodeUnits(t *testing.T) {
	lone := goja.StringFromUTF16([]uint16{'a', 0xd800, 'b'})
	assert.Equal(t, []byte{'a', 0xef, 0xbf, 0xbd, 'b'}, encodeString(lone, "utf8"))
	assert.Equal(t, []byte{'a', 0, 0x00, 0xd8, 'b', 0}, encodeString(lone, "utf16le"))
	assert.Equal(t, []byte{'a', 0x00, 'b'}, encodeString(lone, "latin1"))
	assert.Equal(t, 5, utf8Length(lone))
	assert.Equal(t, []byte{0x0a, 0xff}, encodeString(goja.StringFromUTF16([]uint16{'0', 'a', 'F', 'f', 'z', '1'}), "hex"))
}

func TestUTF8LengthMatchesEncoding(t *testing.T) {
	rt := goja.New()
	for _, s := range []string{"", "ascii", "héllo", "€😀", "\u07ff\u0800\uffff"} {
		js := jsString(rt.ToValue(s))
		assert.Equal(t, len(encodeString(js, "utf8")), utf8Length(js), s)
	}
}

func TestFitEncodedKeepsWholeCharacters(t *testing.T) {
	euro := []byte("a€") // 61 e2 82 ac
	assert.Equal(t, []byte("a"), fitEncoded(euro, 3, "utf8"))
	assert.Equal(t, euro, fitEncoded(euro, 4, "utf8"))
	assert.Equal(t, []byte{1, 2}, fitEncoded([]byte{1, 2, 3, 4}, 3, "utf16le"))
	assert.Equal(t, []byte{1, 2, 3}, fitEncoded([]byte{1, 2, 3, 4}, 3, "latin1"))
}

func TestSearchBytes(t *testing.T) {
	hay := []byte("abcabc")
	assert.Equal(t, 1, searchBytes(hay, []byte("bc"), 0, true, false))
	assert.Equal(t, 4, searchBytes(hay, []byte("bc"), 2, true, false))
	assert.Equal(t, -1, searchBytes(hay, []byte("bc"), 5, true, false))
	assert.Equal(t, 4, searchBytes(hay, []byte("bc"), 5, false, false))
	assert.Equal(t, 1, searchBytes(hay, []byte("bc"), 3, false, false))
	assert.Equal(t, -1, searchBytes(hay, []byte("bc"), 0, false, false))
	// UCS-2 matches start on even bytes only.
	u := []byte{0, 'a', 0, 'a', 0}
	assert.Equal(t, -1, searchBytes(u, []byte{'a', 0}, 0, true, true), "odd matches are no matches")
	assert.Equal(t, 2, searchBytes(u, []byte{0, 'a'}, 3, true, true), "an odd offset rounds down, as Node's")
	assert.Equal(t, 2, searchBytes(u, []byte{0, 'a'}, 4, false, true))
	assert.Equal(t, 0, searchBytes(u, []byte{0, 'a'}, 1, false, true))
}

// BenchmarkBufferRoundTrip is a string encoded into a Buffer and decoded back, plus
// a numeric read, the common Buffer work of a script.
func BenchmarkBufferRoundTrip(b *testing.B) {
	loop, err := eventloop.New()
	require.NoError(b, err)
	h, err := Install(loop, Options{Stdout: io.Discard, Stderr: io.Discard})
	require.NoError(b, err)
	require.NoError(b, loop.Submit(h.Eval("[setup]", `
		globalThis.roundTrip = function () {
			const buf = Buffer.from('héllo wörld, a line of text', 'utf8');
			return buf.toString('hex').length + buf.readUInt32LE(2) + buf.indexOf('w');
		};`, false)))
	require.NoError(b, loop.Submit(func(rt *goja.Runtime) error {
		fn, _ := goja.AssertFunction(rt.Get("roundTrip"))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := fn(goja.Undefined()); err != nil {
				return err
			}
		}
		b.StopTimer()
		return nil
	}))
	require.NoError(b, loop.Run(context.Background()))
}

func TestSearchBytesOutOfRangeStart(t *testing.T) {
	assert.Equal(t, 0, searchBytes([]byte("ab"), []byte("a"), -5, true, false), "a negative start searches from 0")
	assert.Equal(t, -1, searchBytes([]byte("ab"), []byte("abc"), 9, false, false), "a needle longer than the haystack")
}
