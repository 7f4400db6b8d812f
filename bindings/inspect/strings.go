package inspect

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// jsString converts a JavaScript string value to a Go string. Lone UTF-16
// surrogates (which a Go string cannot represent as valid UTF-8) are encoded
// as WTF-8 three-byte sequences so that strEscape can print them as \uXXXX,
// like Node does. Any other value is converted with String().
func jsString(v goja.Value) string {
	s := v.String()
	if strings.IndexRune(s, utf8.RuneError) < 0 {
		return s
	}
	gs, ok := v.(goja.String)
	if !ok {
		return s
	}
	n := gs.Length()
	var b strings.Builder
	b.Grow(n + 8)
	for i := 0; i < n; i++ {
		c := rune(gs.CharAt(i))
		if utf16.IsSurrogate(c) {
			if c < 0xdc00 && i+1 < n {
				d := rune(gs.CharAt(i + 1))
				if d >= 0xdc00 && d <= 0xdfff {
					b.WriteRune(utf16.DecodeRune(c, d))
					i++
					continue
				}
			}
			// WTF-8 encoding of a lone surrogate.
			b.WriteByte(byte(0xe0 | (c >> 12)))
			b.WriteByte(byte(0x80 | ((c >> 6) & 0x3f)))
			b.WriteByte(byte(0x80 | (c & 0x3f)))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// decodeWTF8 decodes one code point from s, also accepting WTF-8 encoded
// lone surrogates. It returns the code point and its length in bytes.
func decodeWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 && len(s) >= 3 && s[0] == 0xed &&
		s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return r, size
}

// utf16Len returns the JavaScript .length of s.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			n++
			continue
		}
		if c >= 0xf0 {
			// 4-byte sequence: surrogate pair.
			n += 2
			i += 3
			continue
		}
		n++
		if c >= 0xe0 {
			i += 2
		} else if c >= 0xc0 {
			i++
		}
	}
	return n
}

// utf16LenExceeds reports whether utf16Len(s) > limit without scanning
// more of s than needed.
func utf16LenExceeds(s string, limit int) bool {
	if len(s) <= limit {
		return false // a string never has more UTF-16 units than bytes
	}
	if limit < 0 {
		return true
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			n++
		case c >= 0xf0:
			n += 2
			i += 3
		default:
			n++
			if c >= 0xe0 {
				i += 2
			} else if c >= 0xc0 {
				i++
			}
		}
		if n > limit {
			return true
		}
	}
	return false
}

// utf16Slice returns s[0:n] counted in UTF-16 code units. A surrogate pair
// cut in the middle keeps its high half (as a WTF-8 lone surrogate).
func utf16Slice(s string, n int) string {
	count := 0
	for i := 0; i < len(s); {
		if count >= n {
			return s[:i]
		}
		r, size := decodeWTF8(s[i:])
		if r >= 0x10000 {
			if count+2 > n {
				hi, _ := utf16.EncodeRune(r)
				return s[:i] + string([]byte{byte(0xe0 | (hi >> 12)), byte(0x80 | ((hi >> 6) & 0x3f)), byte(0x80 | (hi & 0x3f))})
			}
			count += 2
		} else {
			count++
		}
		i += size
	}
	return s
}

// escapeCode returns Node's escape sequence for the code unit c (used by
// strEscape and for keys and symbols).
func escapeCode(c rune) string {
	switch c {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	case '\'':
		return `\'`
	case '\\':
		return `\\`
	}
	if c < 0x20 || (c >= 0x7f && c <= 0x9f) {
		const hex = "0123456789ABCDEF"
		return `\x` + string([]byte{hex[c>>4], hex[c&0xf]})
	}
	return `\u` + strconv.FormatInt(int64(c), 16)
}

// escapeAll replaces the characters matched by Node's
// strEscapeSequencesReplacer (control characters, single quote, backslash
// and lone surrogates) with their escapes. Used for symbol descriptions and
// non-enumerable keys.
func escapeAll(s string) string {
	return escapeWith(s, true)
}

func needsEscape(c rune, escapeSingle bool) bool {
	return c < 0x20 || c == '\\' || (c >= 0x7f && c <= 0x9f) || (escapeSingle && c == '\'') ||
		(c >= 0xd800 && c <= 0xdfff)
}

func escapeWith(s string, escapeSingle bool) string {
	// Fast path: nothing to escape.
	clean := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c < 0x20 || c == '\\' || c == 0x7f || (escapeSingle && c == '\'') {
				clean = false
				break
			}
			i++
			continue
		}
		r, size := decodeWTF8(s[i:])
		if needsEscape(r, escapeSingle) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Invalid byte (cannot come from a JS string); keep it.
			b.WriteByte(s[i])
			i++
			continue
		}
		if needsEscape(r, escapeSingle) {
			b.WriteString(escapeCode(r))
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// strEscape quotes and escapes s exactly like Node's strEscape: single
// quotes by default, double quotes if the string contains single quotes but
// no double quotes, backticks if it contains both but no backticks or "${".
func strEscape(s string) string {
	quote := byte('\'')
	escapeSingle := true
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = '`'
		}
		if quote != '\'' {
			escapeSingle = false
		}
	}
	e := escapeWith(s, escapeSingle)
	var b strings.Builder
	b.Grow(len(e) + 2)
	b.WriteByte(quote)
	b.WriteString(e)
	b.WriteByte(quote)
	return b.String()
}

// isIdentifierKey reports whether key matches /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifierKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9') {
			continue
		}
		return false
	}
	return true
}

// isArrayIndexKey reports whether key matches /^(0|[1-9][0-9]*)$/.
func isArrayIndexKey(key string) bool {
	if key == "" || len(key) > 1 && key[0] == '0' {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	return true
}

// numberToString implements JavaScript's Number.prototype.toString() for
// radix 10 (without the "-0" special case, which callers handle).
func numberToString(f float64) string {
	switch {
	case f != f:
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if math.Abs(f) < 1<<53 {
			return strconv.FormatInt(int64(f), 10)
		}
	}
	neg := f < 0
	if neg {
		f = -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.dddde±XX
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	k := len(digits)
	n := exp + 1
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	switch {
	case k <= n && n <= 21:
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", n-k))
	case 0 < n && n <= 21:
		b.WriteString(digits[:n])
		b.WriteByte('.')
		b.WriteString(digits[n:])
	case -6 < n && n <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -n))
		b.WriteString(digits)
	default:
		b.WriteByte(digits[0])
		if k > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if n-1 >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(n - 1))
	}
	return b.String()
}

func addNumericSeparator(s string) string {
	var result string
	i := len(s)
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	if i == len(s) {
		return s
	}
	return s[:i] + result
}

func addNumericSeparatorEnd(s string) string {
	var result string
	i := 0
	for ; i < len(s)-3; i += 3 {
		result += s[i:i+3] + "_"
	}
	if i == 0 {
		return s
	}
	return result + s[i:]
}

// formatNumber is Node's formatNumber without the stylize step.
func formatNumberString(f float64, numericSeparator bool) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	s := numberToString(f)
	if !numericSeparator {
		return s
	}
	if f == math.Trunc(f) {
		if math.IsInf(f, 0) || strings.Contains(s, "e") {
			return s
		}
		return addNumericSeparator(s)
	}
	if f != f {
		return s
	}
	if strings.Contains(s, "e") {
		// Node would mangle these too; keep its behaviour of splitting at '.'.
		dot := strings.IndexByte(s, '.')
		if dot < 0 {
			return s
		}
	}
	dot := strings.IndexByte(s, '.')
	if dot < 0 {
		return s
	}
	return addNumericSeparator(s[:dot]) + "." + addNumericSeparatorEnd(s[dot+1:])
}

func formatBigIntString(s string, numericSeparator bool) string {
	if numericSeparator {
		return addNumericSeparator(s) + "n"
	}
	return s + "n"
}

// compareUTF16 compares two strings by UTF-16 code units, like the default
// comparator of Array.prototype.sort.
func compareUTF16(a, b string) int {
	for len(a) > 0 && len(b) > 0 {
		ra, sa := decodeWTF8(a)
		rb, sb := decodeWTF8(b)
		if ra == rb {
			a, b = a[sa:], b[sb:]
			continue
		}
		ua, ub := firstUnit(ra), firstUnit(rb)
		if ua != ub {
			if ua < ub {
				return -1
			}
			return 1
		}
		// Same high surrogate: compare low surrogates.
		_, la := utf16.EncodeRune(ra)
		_, lb := utf16.EncodeRune(rb)
		if la < lb {
			return -1
		}
		return 1
	}
	switch {
	case len(a) == len(b):
		return 0
	case len(a) == 0:
		return -1
	}
	return 1
}

func firstUnit(r rune) rune {
	if r >= 0x10000 {
		hi, _ := utf16.EncodeRune(r)
		return hi
	}
	return r
}

// removeColors removes SGR sequences matching /\u001b\[\d\d?m/g.
func removeColors(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+3 < len(s) && s[i+1] == '[' && isDigit(s[i+2]) {
			if s[i+3] == 'm' {
				i += 4
				continue
			}
			if i+4 < len(s) && isDigit(s[i+3]) && s[i+4] == 'm' {
				i += 5
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ansiPattern is Node's VT control sequence regular expression.
const ansiPattern = "[\\x{001B}\\x{009B}][[\\]()#;?]*" +
	"(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*" +
	"|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?" +
	"(?:\\x{0007}|\\x{001B}\\x{005C}|\\x{009C}))" +
	"|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?" +
	"[\\dA-PR-TZcf-nq-uy=><~]))"

// StripVTControlCharacters removes ANSI escape sequences from s, like
// Node's util.stripVTControlCharacters. The regular expression is compiled
// on demand (strings with escape sequences are rare and the package keeps
// no global state); Inspector.StripVTControlCharacters caches it.
func StripVTControlCharacters(s string) string {
	return stripVT(s, nil)
}

func hasVTControl(s string) bool {
	return strings.IndexByte(s, 0x1b) >= 0 || strings.ContainsRune(s, 0x9b)
}

func stripVT(s string, re *regexp.Regexp) string {
	if !hasVTControl(s) {
		return s
	}
	if re == nil {
		re = regexp.MustCompile(ansiPattern)
	}
	return re.ReplaceAllString(s, "")
}

// StripVTControlCharacters is the package-level function with the regular
// expression cached in the Inspector.
func (in *Inspector) StripVTControlCharacters(s string) string {
	if !hasVTControl(s) {
		return s
	}
	if in.ansi == nil {
		in.ansi = regexp.MustCompile(ansiPattern)
	}
	return in.ansi.ReplaceAllString(s, "")
}

// StringWidth returns the number of terminal columns needed to display s,
// following Node's getStringWidth (full-width East Asian characters and
// emoji count two columns, combining marks and control characters zero).
// If removeControlChars is true, ANSI escape sequences are removed first.
func StringWidth(s string, removeControlChars bool) int {
	if removeControlChars {
		s = StripVTControlCharacters(s)
	}
	return stringWidth(s)
}

// StringWidth is the package-level StringWidth with the escape-sequence
// regular expression cached in the Inspector.
func (in *Inspector) StringWidth(s string, removeControlChars bool) int {
	if removeControlChars {
		s = in.StripVTControlCharacters(s)
	}
	return stringWidth(s)
}

func stringWidth(s string) int {
	width := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x7f {
			if c >= 0x20 {
				width++
			}
			i++
			continue
		}
		r, size := decodeWTF8(s[i:])
		i += size
		switch {
		case isZeroWidthCodePoint(r):
		case isFullWidthCodePoint(r):
			width += 2
		default:
			width++
		}
	}
	return width
}

func isZeroWidthCodePoint(code rune) bool {
	return code <= 0x1F ||
		(code >= 0x7F && code <= 0x9F) ||
		(code >= 0x300 && code <= 0x36F) ||
		(code >= 0x200B && code <= 0x200F) ||
		(code >= 0x20D0 && code <= 0x20FF) ||
		(code >= 0xFE00 && code <= 0xFE0F) ||
		(code >= 0xFE20 && code <= 0xFE2F) ||
		(code >= 0xE0100 && code <= 0xE01EF)
}

func isFullWidthCodePoint(code rune) bool {
	return code >= 0x1100 && (code <= 0x115f ||
		code == 0x2329 ||
		code == 0x232a ||
		(code >= 0x2e80 && code <= 0x3247 && code != 0x303f) ||
		(code >= 0x3250 && code <= 0x4dbf) ||
		(code >= 0x4e00 && code <= 0xa4c6) ||
		(code >= 0xa960 && code <= 0xa97c) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe10 && code <= 0xfe19) ||
		(code >= 0xfe30 && code <= 0xfe6b) ||
		(code >= 0xff01 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1b000 && code <= 0x1b001) ||
		(code >= 0x1f200 && code <= 0x1f251) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x1f680 && code <= 0x1f6ff) ||
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd))
}
