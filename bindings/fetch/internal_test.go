package fetch

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDecodeUTF8(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte("\xef\xbb\xbfbom"), "bom"},
		{[]byte("\xef\xbb\xbf\xef\xbb\xbftwo"), "\ufefftwo"},
		{[]byte("\xe2\x82\xac"), "€"},
		{[]byte("\xe2\x82A"), "\ufffdA"},               // a maximal subpart is one U+FFFD
		{[]byte("\xffA"), "\ufffdA"},                   // an invalid lead byte
		{[]byte("\xed\xa0\x80"), "\ufffd\ufffd\ufffd"}, // a surrogate: ED's second byte is at most 9F
		{[]byte("\xf0\x9f\x98"), "\ufffd"},             // cut short at the end
		{[]byte("\xc0\xaf"), "\ufffd\ufffd"},           // overlong
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, decodeUTF8(tt.in), "%q", tt.in)
	}
}

func TestOpaqueURL(t *testing.T) {
	u := opaqueURL("http://example.com:8080/a%zz?q=1#frag")
	require.NotNil(t, u)
	require.Equal(t, "example.com:8080", u.Host)
	require.Equal(t, "http://example.com:8080/a%zz?q=1", u.RequestURI())
	require.Equal(t, "http://example.com:8080/a%zz?q=1", u.String())
	require.Nil(t, opaqueURL("nonsense"))
}

func TestParseDataURL(t *testing.T) {
	tests := []struct {
		in, mime, body string
		ok             bool
	}{
		{"data:,hi", "text/plain;charset=US-ASCII", "hi", true},
		{"data:text/plain,a%20b", "text/plain", "a b", true},
		{"data:TEXT/HTML ; Charset=UTF-8,x", "text/html;charset=UTF-8", "x", true},
		{"data:;base64,aGk=", "text/plain;charset=US-ASCII", "hi", true},
		{"data:image/png;base64,aG k", "image/png", "hi", true},
		{"data:x;base64,a", "", "", false},
		{"data:nocomma", "", "", false},
	}
	for _, tt := range tests {
		mime, body, ok := parseDataURL(tt.in)
		require.Equal(t, tt.ok, ok, tt.in)
		if ok {
			require.Equal(t, tt.mime, mime, tt.in)
			require.Equal(t, tt.body, string(body), tt.in)
		}
	}
}
