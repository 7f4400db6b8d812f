package webapi

import (
	_ "embed"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

//go:embed testdata/fuzz_clone.js
var fuzzCloneScript string

// FuzzStructuredClone clones values built from the fuzz input (JSON data, or a JS
// expression written from its bytes; see testdata/fuzz_clone.js): no Go panic, a
// DataCloneError for values with something uncloneable, and a deep-equal copy
// otherwise. Seeds: testdata/fuzz/FuzzStructuredClone.
func FuzzStructuredClone(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"map":1,"b":"x"}],"cycle":true}`, `[1,"two",null,true,{"date":5}]`,
		"\x04\x03\x05\x06\x09\x0b", "\x10\x01", "\x0e\x04\x02\x00\x01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		env := newTestEnv(t)
		timer := time.AfterFunc(5*time.Second, func() { env.rt.Interrupt("timeout") })
		defer timer.Stop()
		_ = env.rt.Set("__input", input)
		v, err := env.rt.RunScript("fuzz_clone.js", fuzzCloneScript)
		if err != nil {
			if _, interrupted := err.(*goja.InterruptedError); interrupted {
				t.Skip("timeout")
			}
			snippet := env.rt.Get("__snippet")
			require.NoError(t, err, "snippet: %v", snippet)
		}
		require.Contains(t, []string{"ok", "refused", "too deep"}, v.String())
	})
}

// FuzzURL parses fuzzed input against a fuzzed base (or none when empty): no Go
// panic, a TypeError with code ERR_INVALID_URL when it does not parse, and an href
// that parses to itself when it does. Seeds: testdata/fuzz/FuzzURL.
func FuzzURL(f *testing.F) {
	for _, s := range [][2]string{{"http://example.com/a/../b?c#d", ""}, {"../x", "http://a/b/c"},
		{"http://[::1]:80/", ""}, {"file:///C:/x", ""}, {"http://münchen.de/", ""}, {"sc:a b", ""}} {
		f.Add(s[0], s[1])
	}
	const script = `(function () {
  let u;
  try {
    u = __base === '' ? new URL(__input) : new URL(__input, __base);
  } catch (e) {
    if (!(e instanceof TypeError) || e.code !== 'ERR_INVALID_URL') throw new Error('wrong error: ' + e);
    if (URL.canParse(__input, __base === '' ? undefined : __base)) throw new Error('canParse disagrees');
    return 'invalid';
  }
  const again = new URL(u.href);
  if (again.href !== u.href) throw new Error('not idempotent: ' + u.href + ' -> ' + again.href);
  for (const k of ['origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
    if (typeof u[k] !== 'string') throw new Error(k + ' is not a string');
  }
  u.searchParams.append('k', __input);
  if (u.searchParams.get('k') !== new URL(u.href).searchParams.get('k')) throw new Error('searchParams round trip');
  return 'ok';
})()`
	var env *testEnv // URL parsing leaves no state behind: one runtime serves every input
	f.Fuzz(func(t *testing.T, input, base string) {
		_, _ = ParseURL(input, nil)
		if env == nil {
			env = newTestEnv(t)
		}
		_ = env.rt.Set("__input", input)
		_ = env.rt.Set("__base", base)
		v, err := env.rt.RunString(script)
		require.NoError(t, err, "input %q base %q", input, base)
		require.Contains(t, []string{"ok", "invalid"}, v.String())
	})
}

// FuzzTextDecoder decodes fuzzed bytes in every supported way: no panic, and
// decoding in two streamed chunks gives what decoding at once gives.
func FuzzTextDecoder(f *testing.F) {
	f.Add([]byte("h\xc3\xa9\xf0\x9f\x98\x80"), uint8(3))
	f.Add([]byte("\xe2\x82\x41\xff\xfe\x00\xd8"), uint8(1))
	f.Fuzz(func(t *testing.T, b []byte, split uint8) {
		for _, name := range []string{"utf-8", "utf-16le", "utf-16be", "windows-1252", "shift_jis", "gb18030", "big5", "euc-kr", "iso-8859-2"} {
			whole, ok := NewDecoder(name, false, false).Decode(b, false)
			require.True(t, ok)
			cut := int(split) % (len(b) + 1)
			d := NewDecoder(name, false, false)
			first, _ := d.Decode(b[:cut], true)
			second, _ := d.Decode(b[cut:], false)
			if name == "utf-8" || name == "utf-16le" || name == "utf-16be" || name == "windows-1252" {
				require.Equal(t, whole, first+second, "%s split at %d", name, cut)
			}
			_, _ = NewDecoder(name, true, true).Decode(b, false)
		}
		_, _ = Atob(string(b))
	})
}
