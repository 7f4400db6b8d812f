package fetch

import "github.com/jsloop/jsloop/bindings/internal/textenc"

// decodeUTF8 is the WHATWG "UTF-8 decode" text() uses: a leading BOM is dropped and
// each maximal invalid subpart becomes one U+FFFD, as TextDecoder does.
func decodeUTF8(b []byte) string {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	return textenc.DecodeUTF8(b)
}
