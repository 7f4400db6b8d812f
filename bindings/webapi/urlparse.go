package webapi

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/jsloop/jsloop/bindings/internal/textenc"
)

// The WHATWG URL Standard's basic URL parser, serializer and host parser, with
// the percent-encode sets Node v20 (ada 2) uses: the path set does not contain "^".

// URLRecord is a parsed URL (the standard's "URL record").
type URLRecord struct {
	Scheme     string
	Username   string
	Password   string
	Host       string // serialized host (domain, IPv4, [IPv6], opaque host or "")
	HasHost    bool   // Host is not null
	Port       int    // -1 when null
	Path       []string
	Opaque     bool   // the path is opaque (a "cannot-be-a-base" URL): OpaquePath holds it
	OpaquePath string //
	Query      string
	HasQuery   bool
	Fragment   string
	HasFrag    bool
}

type urlState int

const (
	stNone urlState = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecialScheme(s string) bool { _, ok := specialPorts[s]; return ok }

func defaultPort(s string) int {
	if p, ok := specialPorts[s]; ok {
		return p
	}
	return -1
}

// Percent-encode sets, as predicates on a code point.
func inC0ControlSet(c rune) bool { return c < 0x20 || c > 0x7e }
func inFragmentSet(c rune) bool {
	return inC0ControlSet(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}
func inQuerySet(c rune) bool {
	return inC0ControlSet(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}
func inSpecialQuerySet(c rune) bool { return inQuerySet(c) || c == '\'' }
func inPathSet(c rune) bool         { return inQuerySet(c) || c == '?' || c == '`' || c == '{' || c == '}' }
func inUserinfoSet(c rune) bool {
	return inPathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= '^') || c == '|'
}
func inComponentSet(c rune) bool {
	return inUserinfoSet(c) || (c >= '$' && c <= '&') || c == '+' || c == ','
}
func inFormSet(c rune) bool {
	return inComponentSet(c) || c == '!' || (c >= '\'' && c <= ')') || c == '~'
}

const upperHex = "0123456789ABCDEF"

// percentEncode appends c, UTF-8 percent-encoded if it is in the set.
func percentEncode(b *strings.Builder, c rune, in func(rune) bool) {
	if !in(c) {
		b.WriteRune(c)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], c)
	for _, x := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[x>>4])
		b.WriteByte(upperHex[x&15])
	}
}

func percentEncodeString(s string, in func(rune) bool) string {
	var b strings.Builder
	for _, c := range s {
		percentEncode(&b, c, in)
	}
	return b.String()
}

func isASCIIAlpha(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }

func isWindowsDriveLetter(s []rune, normalizedOnly bool) bool {
	return len(s) == 2 && isASCIIAlpha(s[0]) && (s[1] == ':' || (!normalizedOnly && s[1] == '|'))
}

func isNormalizedDriveLetterString(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithWindowsDriveLetter: the code points from i on start with a drive letter.
func startsWithWindowsDriveLetter(in []rune, i int) bool {
	if len(in)-i < 2 || !isWindowsDriveLetter(in[i:i+2], false) {
		return false
	}
	if len(in)-i == 2 {
		return true
	}
	switch in[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *URLRecord) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isNormalizedDriveLetterString(u.Path[0]) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func (u *URLRecord) includesCredentials() bool { return u.Username != "" || u.Password != "" }

// CannotHaveUsernamePasswordPort is the standard's "cannot have a
// username/password/port".
func (u *URLRecord) CannotHaveUsernamePasswordPort() bool {
	return !u.HasHost || u.Host == "" || u.Scheme == "file"
}

func (u *URLRecord) clone() *URLRecord {
	c := *u
	c.Path = append([]string(nil), u.Path...)
	return &c
}

// ParseURL parses input against base (nil for none); ok is false on failure.
func ParseURL(input string, base *URLRecord) (*URLRecord, bool) {
	// Strip leading and trailing C0 controls and spaces, then remove tabs and newlines.
	input = strings.TrimFunc(input, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(input, "\t\n\r") {
		input = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, input)
	}
	u := &URLRecord{Port: -1}
	if !basicParse(toRunes(input), base, u, stNone) {
		return nil, false
	}
	return u, true
}

func toRunes(s string) []rune {
	r := make([]rune, 0, len(s))
	for _, c := range s {
		r = append(r, c)
	}
	return r
}

// basicParse is the basic URL parser; with a state override it modifies u in place
// and reports false on failure (u then keeps what the standard leaves in it).
func basicParse(in []rune, base *URLRecord, u *URLRecord, override urlState) bool {
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	var buf strings.Builder
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	const eof = rune(-1)
	for p := 0; p <= len(in); p++ {
		c := eof
		if p < len(in) {
			c = in[p]
		}
		remainingStarts := func(r rune) bool { return p+1 < len(in) && in[p+1] == r }
		special := isSpecialScheme(u.Scheme)
		switch state {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf.WriteRune(toLowerASCII(c))
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return false
			}
		case stScheme:
			if isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.' {
				buf.WriteRune(toLowerASCII(c))
			} else if c == ':' {
				s := buf.String()
				if override != stNone {
					if isSpecialScheme(u.Scheme) != isSpecialScheme(s) {
						return true
					}
					if (u.includesCredentials() || u.Port >= 0) && s == "file" {
						return true
					}
					if u.Scheme == "file" && u.HasHost && u.Host == "" {
						return true
					}
				}
				u.Scheme = s
				if override != stNone {
					if u.Port == defaultPort(u.Scheme) {
						u.Port = -1
					}
					return true
				}
				buf.Reset()
				switch {
				case u.Scheme == "file":
					state = stFile
				case isSpecialScheme(u.Scheme) && base != nil && base.Scheme == u.Scheme:
					state = stSpecialRelativeOrAuthority
				case isSpecialScheme(u.Scheme):
					state = stSpecialAuthoritySlashes
				case remainingStarts('/'):
					state = stPathOrAuthority
					p++
				default:
					u.Opaque, u.OpaquePath = true, ""
					state = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				state = stNoScheme
				p = -1
			} else {
				return false
			}
		case stNoScheme:
			if base == nil || (base.Opaque && c != '#') {
				return false
			} else if base.Opaque && c == '#' {
				u.Scheme = base.Scheme
				u.Path = append([]string(nil), base.Path...)
				u.Opaque, u.OpaquePath = base.Opaque, base.OpaquePath
				u.Query, u.HasQuery = base.Query, base.HasQuery
				u.Fragment, u.HasFrag = "", true
				state = stFragment
			} else if base.Scheme != "file" {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && remainingStarts('/') {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}
		case stRelative:
			u.Scheme = base.Scheme
			special = isSpecialScheme(u.Scheme)
			if c == '/' || (special && c == '\\') {
				state = stRelativeSlash
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				if c == '?' {
					u.Query, u.HasQuery = "", true
					state = stQuery
				} else if c == '#' {
					u.Fragment, u.HasFrag = "", true
					state = stFragment
				} else if c != eof {
					u.Query, u.HasQuery = "", false
					u.shortenPath()
					state = stPath
					p--
				}
			}
		case stRelativeSlash:
			if special && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				state = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if c == '/' && remainingStarts('/') {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				s := buf.String()
				if atSignSeen {
					s = "%40" + s
				}
				atSignSeen = true
				var user, pass strings.Builder
				user.WriteString(u.Username)
				pass.WriteString(u.Password)
				for _, r := range s {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						percentEncode(&pass, r, inUserinfoSet)
					} else {
						percentEncode(&user, r, inUserinfoSet)
					}
				}
				u.Username, u.Password = user.String(), pass.String()
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
				if atSignSeen && buf.Len() == 0 {
					return false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				state = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != stNone && u.Scheme == "file" {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				host, ok := parseHost(buf.String(), !special)
				if !ok {
					return false
				}
				u.Host, u.HasHost = host, true
				buf.Reset()
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
				p--
				if special && buf.Len() == 0 {
					return false
				} else if override != stNone && buf.Len() == 0 && (u.includesCredentials() || u.Port >= 0) {
					return false
				}
				host, ok := parseHost(buf.String(), !special)
				if !ok {
					return false
				}
				u.Host, u.HasHost = host, true
				buf.Reset()
				state = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (special && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					s := strings.TrimLeft(buf.String(), "0")
					port := 0
					if len(s) > 5 {
						return false
					}
					if s != "" {
						port, _ = strconv.Atoi(s)
					}
					if port > 65535 {
						return false
					}
					if port == defaultPort(u.Scheme) {
						u.Port = -1
					} else {
						u.Port = port
					}
					buf.Reset()
					if override != stNone {
						return true
					}
				}
				if override != stNone {
					return false
				}
				state = stPathStart
				p--
			} else {
				return false
			}
		case stFile:
			u.Scheme = "file"
			special = true
			u.Host, u.HasHost = "", true
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.Scheme == "file" {
				u.Host, u.HasHost = base.Host, base.HasHost
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				if c == '?' {
					u.Query, u.HasQuery = "", true
					state = stQuery
				} else if c == '#' {
					u.Fragment, u.HasFrag = "", true
					state = stFragment
				} else if c != eof {
					u.Query, u.HasQuery = "", false
					if !startsWithWindowsDriveLetter(in, p) {
						u.shortenPath()
					} else {
						u.Path = nil
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.Scheme == "file" {
					u.Host, u.HasHost = base.Host, base.HasHost
					if !startsWithWindowsDriveLetter(in, p) && len(base.Path) > 0 && isNormalizedDriveLetterString(base.Path[0]) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				state = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter(toRunes(buf.String()), false) {
					state = stPath // the buffer is kept: it becomes the first path segment
				} else if buf.Len() == 0 {
					u.Host, u.HasHost = "", true
					if override != stNone {
						return true
					}
					state = stPathStart
				} else {
					host, ok := parseHost(buf.String(), !special)
					if !ok {
						return false
					}
					if host == "localhost" {
						host = ""
					}
					u.Host, u.HasHost = host, true
					if override != stNone {
						return true
					}
					buf.Reset()
					state = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if special {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.Query, u.HasQuery = "", true
				state = stQuery
			} else if override == stNone && c == '#' {
				u.Fragment, u.HasFrag = "", true
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.HasHost {
				u.Path = append(u.Path, "")
			}
		case stPath:
			if c == eof || c == '/' || (special && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				s := buf.String()
				slash := c == '/' || (special && c == '\\')
				if isDoubleDot(s) {
					u.shortenPath()
					if !slash {
						u.Path = append(u.Path, "")
					}
				} else if isSingleDot(s) && !slash {
					u.Path = append(u.Path, "")
				} else if !isSingleDot(s) {
					if u.Scheme == "file" && len(u.Path) == 0 && isWindowsDriveLetter(toRunes(s), false) {
						s = s[:1] + ":"
					}
					u.Path = append(u.Path, s)
				}
				buf.Reset()
				if c == '?' {
					u.Query, u.HasQuery = "", true
					state = stQuery
				}
				if c == '#' {
					u.Fragment, u.HasFrag = "", true
					state = stFragment
				}
			} else {
				percentEncode(&buf, c, inPathSet)
			}
		case stOpaquePath:
			if c == '?' {
				u.Query, u.HasQuery = "", true
				state = stQuery
			} else if c == '#' {
				u.Fragment, u.HasFrag = "", true
				state = stFragment
			} else if c != eof {
				var b strings.Builder
				percentEncode(&b, c, inC0ControlSet)
				u.OpaquePath += b.String()
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := inQuerySet
				if special {
					set = inSpecialQuerySet
				}
				u.Query += percentEncodeString(buf.String(), set)
				buf.Reset()
				if c == '#' {
					u.Fragment, u.HasFrag = "", true
					state = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				var b strings.Builder
				percentEncode(&b, c, inFragmentSet)
				u.Fragment += b.String()
			}
		}
	}
	return true
}

func toLowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// Serialize is the URL serializer (without the fragment when excludeFragment).
func (u *URLRecord) Serialize(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.Scheme)
	b.WriteByte(':')
	if u.HasHost {
		b.WriteString("//")
		if u.includesCredentials() {
			b.WriteString(u.Username)
			if u.Password != "" {
				b.WriteByte(':')
				b.WriteString(u.Password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.Host)
		if u.Port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.Port))
		}
	}
	if !u.HasHost && !u.Opaque && len(u.Path) > 1 && u.Path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.PathString())
	if u.HasQuery {
		b.WriteByte('?')
		b.WriteString(u.Query)
	}
	if !excludeFragment && u.HasFrag {
		b.WriteByte('#')
		b.WriteString(u.Fragment)
	}
	return b.String()
}

// PathString is the URL path serializer.
func (u *URLRecord) PathString() string {
	if u.Opaque {
		return u.OpaquePath
	}
	var b strings.Builder
	for _, s := range u.Path {
		b.WriteByte('/')
		b.WriteString(s)
	}
	return b.String()
}

// HostString is the host serialized with the port (URL's host getter).
func (u *URLRecord) HostString() string {
	if !u.HasHost {
		return ""
	}
	if u.Port >= 0 {
		return u.Host + ":" + strconv.Itoa(u.Port)
	}
	return u.Host
}

// Origin is the ASCII serialization of the URL's origin ("null" when opaque).
func (u *URLRecord) Origin() string {
	switch u.Scheme {
	case "blob":
		if p, ok := ParseURL(u.PathString(), nil); ok && (p.Scheme == "http" || p.Scheme == "https") {
			return p.Origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		return u.Scheme + "://" + u.HostString()
	}
	return "null"
}

// --- hosts ---

func isForbiddenHostCodePoint(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomainCodePoint(c rune) bool {
	return isForbiddenHostCodePoint(c) || c <= 0x1f || c == '%' || c == 0x7f
}

// parseHost is the host parser: the serialized host, or ok false.
func parseHost(input string, notSpecial bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if notSpecial {
		for _, c := range input {
			if isForbiddenHostCodePoint(c) {
				return "", false
			}
		}
		return percentEncodeString(input, inC0ControlSet), true
	}
	decoded := textenc.PercentDecode(input)
	if !utf8.Valid(decoded) {
		return "", false
	}
	ascii, ok := domainToASCII(string(decoded), false)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomainCodePoint(c) {
			return "", false
		}
	}
	if endsInANumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

var idnaProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
	idna.StrictDomainName(false),
	idna.Transitional(false),
	idna.VerifyDNSLength(false),
)

// domainToASCII is UTS #46 ToASCII with the URL standard's options.
func domainToASCII(domain string, beStrict bool) (string, bool) {
	fast := true
	for i := 0; i < len(domain); i++ {
		c := domain[i]
		if c >= 0x80 || c == 0 {
			fast = false
			break
		}
	}
	if fast {
		lower := strings.ToLower(domain)
		if !strings.HasPrefix(lower, "xn--") && !strings.Contains(lower, ".xn--") {
			if lower == "" {
				return "", false
			}
			return lower, true
		}
	}
	out, err := idnaProfile.ToASCII(domain)
	if err != nil || out == "" {
		return "", false
	}
	return out, true
}

// DomainToUnicode is url.domainToUnicode's conversion ("" on failure).
func DomainToUnicode(domain string) string {
	host, ok := parseHost(domain, false)
	if !ok {
		return ""
	}
	out, err := idnaProfile.ToUnicode(host)
	if err != nil {
		return out
	}
	return out
}

// DomainToASCII is url.domainToASCII's conversion ("" on failure).
func DomainToASCII(domain string) string {
	host, ok := parseHost(domain, false)
	if !ok {
		return ""
	}
	return host
}

func endsInANumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4Number parses one part (decimal, 0x hex or 0 octal); values above
// 2^32 are clamped to 2^32 (they fail anyway).
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := uint64(10)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, radix = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, radix = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= radix {
			return 0, false
		}
		if v <= 1<<32 {
			v = v*radix + d
		}
		if v > 1<<32 {
			v = 1<<32 + 1
		}
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return 0, false
	}
	ipv4 := last
	for i, n := range nums[:len(nums)-1] {
		ipv4 += n << (8 * (3 - i))
	}
	return uint32(ipv4), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	in := []byte(s)
	pieceIndex, compress := 0, -1
	p := 0
	at := func(i int) int {
		if i < len(in) {
			return int(in[i])
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		pieceIndex++
		compress = pieceIndex
	}
	for at(p) != -1 {
		if pieceIndex == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			pieceIndex++
			compress = pieceIndex
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 {
			digit, ok := textenc.HexDigit(byte(at(p)))
			if !ok {
				break
			}
			value = value*16 + int(digit)
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if pieceIndex > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != -1 {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if at(p) == -1 || !isASCIIDigit(rune(at(p))) {
					return addr, false
				}
				for at(p) != -1 && isASCIIDigit(rune(at(p))) {
					n := at(p) - '0'
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[pieceIndex] = addr[pieceIndex]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					pieceIndex++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[pieceIndex] = uint16(value)
		pieceIndex++
	}
	if compress != -1 {
		swaps := pieceIndex - compress
		pieceIndex = 7
		for pieceIndex != 0 && swaps > 0 {
			addr[pieceIndex], addr[compress+swaps-1] = addr[compress+swaps-1], addr[pieceIndex]
			pieceIndex--
			swaps--
		}
	} else if pieceIndex != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(a [8]uint16) string {
	// The first longest run of two or more zero pieces is compressed.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteByte(':')
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}
