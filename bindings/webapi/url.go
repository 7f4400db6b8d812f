package webapi

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/textenc"
)

// URLComponents are the getters of a URL object, in the order url.js reads them.
func (u *URLRecord) components() []any {
	search, hash, port := "", "", ""
	if u.HasQuery && u.Query != "" {
		search = "?" + u.Query
	}
	if u.HasFrag && u.Fragment != "" {
		hash = "#" + u.Fragment
	}
	if u.Port >= 0 {
		port = itoa(u.Port)
	}
	host := ""
	if u.HasHost {
		host = u.Host
	}
	return []any{
		u.Serialize(false), u.Origin(), u.Scheme + ":", u.Username, u.Password, u.HostString(), host, port,
		u.PathString(), search, hash,
	}
}

// SetURLComponent applies one of URL's setters (href, protocol, username, password,
// host, hostname, port, pathname, search, hash; query sets the already-encoded query
// of URLSearchParams' update steps) to the URL serialized as href. ok is false when
// href is set to something that does not parse (the setter throws).
func SetURLComponent(href, which, value string) (out *URLRecord, ok bool) {
	orig, parsed := ParseURL(href, nil)
	if !parsed {
		return nil, false
	}
	if which == "href" {
		return ParseURL(value, nil)
	}
	u := orig.clone()
	stripOpaque := func() {
		if u.Opaque && !u.HasFrag && !u.HasQuery {
			u.OpaquePath = strings.TrimRight(u.OpaquePath, " ")
		}
	}
	var good bool
	switch which {
	case "protocol":
		good = basicParse(toRunes(value+":"), nil, u, stSchemeStart)
	case "username", "password":
		if u.CannotHaveUsernamePasswordPort() {
			return orig, true
		}
		if which == "username" {
			u.Username = percentEncodeString(value, inUserinfoSet)
		} else {
			u.Password = percentEncodeString(value, inUserinfoSet)
		}
		good = true
	case "host", "hostname":
		if u.Opaque {
			return orig, true
		}
		if value == "" && !u.HasHost && !isSpecialScheme(u.Scheme) {
			return orig, true // as Node (ada) does: no host stays no host
		}
		st := stHost
		if which == "hostname" {
			st = stHostname
		}
		good = basicParse(toRunes(value), nil, u, st)
	case "port":
		if u.CannotHaveUsernamePasswordPort() {
			return orig, true
		}
		if value == "" {
			u.Port = -1
			good = true
		} else {
			good = basicParse(toRunes(value), nil, u, stPort)
		}
	case "pathname":
		if u.Opaque {
			return orig, true
		}
		u.Path = nil
		good = basicParse(toRunes(value), nil, u, stPathStart)
	case "search":
		if value == "" {
			u.Query, u.HasQuery = "", false
			stripOpaque()
			return u, true
		}
		u.Query, u.HasQuery = "", true
		good = basicParse(toRunes(strings.TrimPrefix(value, "?")), nil, u, stQuery)
	case "hash":
		if value == "" {
			u.Fragment, u.HasFrag = "", false
			stripOpaque()
			return u, true
		}
		u.Fragment, u.HasFrag = "", true
		good = basicParse(toRunes(strings.TrimPrefix(value, "#")), nil, u, stFragment)
	case "query":
		if value == "" {
			u.Query, u.HasQuery = "", false
			stripOpaque()
		} else {
			u.Query, u.HasQuery = value, true
		}
		good = true
	}
	if !good {
		return orig, true
	}
	return u, true
}

// ParseQuery is the application/x-www-form-urlencoded parser: name, value pairs.
func ParseQuery(s string) [][2]string {
	var out [][2]string
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		out = append(out, [2]string{formDecode(name), formDecode(value)})
	}
	return out
}

func formDecode(s string) string {
	b := textenc.PercentDecode(strings.ReplaceAll(s, "+", " "))
	out, _ := NewDecoder("utf-8", false, true).Decode(b, false)
	return out
}

// SerializeQuery is the application/x-www-form-urlencoded serializer.
func SerializeQuery(pairs [][2]string) string {
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		formEncode(&b, p[0])
		b.WriteByte('=')
		formEncode(&b, p[1])
	}
	return b.String()
}

func formEncode(b *strings.Builder, s string) {
	for _, c := range s {
		if c == ' ' {
			b.WriteByte('+')
			continue
		}
		percentEncode(b, c, inFormSet)
	}
}

func (w *Web) urlNatives(set func(string, int, func(goja.FunctionCall) goja.Value)) {
	rt := w.rt
	// urlParse(input, base) → the components, or null when it does not parse.
	set("urlParse", 2, func(c goja.FunctionCall) goja.Value {
		var base *URLRecord
		if b := c.Argument(1); !goja.IsUndefined(b) {
			var ok bool
			if base, ok = ParseURL(b.String(), nil); !ok {
				return goja.Null()
			}
		}
		u, ok := ParseURL(c.Argument(0).String(), base)
		if !ok {
			return goja.Null()
		}
		return rt.NewArray(u.components()...)
	})
	// urlSet(href, setter, value) → the new components, or null for an invalid href.
	set("urlSet", 3, func(c goja.FunctionCall) goja.Value {
		u, ok := SetURLComponent(c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String())
		if !ok {
			return goja.Null()
		}
		return rt.NewArray(u.components()...)
	})
	set("paramsParse", 1, func(c goja.FunctionCall) goja.Value {
		pairs := ParseQuery(c.Argument(0).String())
		flat := make([]any, 0, 2*len(pairs))
		for _, p := range pairs {
			flat = append(flat, p[0], p[1])
		}
		return rt.NewArray(flat...)
	})
	set("paramsSerialize", 1, func(c goja.FunctionCall) goja.Value {
		list, _ := c.Argument(0).(*goja.Object)
		if list == nil {
			return rt.ToValue("")
		}
		n := int(list.Get("length").ToInteger())
		pairs := make([][2]string, 0, n/2)
		for i := 0; i+1 < n; i += 2 {
			pairs = append(pairs, [2]string{list.Get(itoa(i)).String(), list.Get(itoa(i + 1)).String()})
		}
		return rt.ToValue(SerializeQuery(pairs))
	})
	set("toUSVString", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(c.Argument(0).String())
	})
	set("domainToASCII", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(DomainToASCII(c.Argument(0).String()))
	})
	set("domainToUnicode", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(DomainToUnicode(c.Argument(0).String()))
	})
}
