package fetch

import (
	"encoding/base64"
	"net/http"
	"strings"

	"github.com/jsloop/jsloop/bindings/internal/textenc"
)

// dataURL answers a data: URL at once, as undici does: 200 OK with the URL's MIME type.
func (ex *exchange) dataURL(href string) {
	mime, body, ok := parseDataURL(href)
	if !ok {
		ex.fail(&netError{message: "failed to fetch the data URL"})
		return
	}
	if i := strings.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	ex.status, ex.statusText, ex.finalURL = 200, "OK", href
	ex.header = http.Header{"Content-Type": {mime}}
	ex.nullBody = ex.method == http.MethodHead
	ex.deliver(body, true, nil)
}

// parseDataURL is the Fetch standard's data: URL processor.
func parseDataURL(href string) (mime string, body []byte, ok bool) {
	rest := strings.TrimPrefix(href, "data:")
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	comma := strings.IndexByte(rest, ',')
	if comma < 0 {
		return "", nil, false
	}
	mime = strings.Trim(rest[:comma], " \t\n\r\f")
	body = textenc.PercentDecode(rest[comma+1:])
	if i := strings.LastIndexByte(mime, ';'); i >= 0 {
		if strings.EqualFold(strings.TrimSpace(mime[i+1:]), "base64") {
			data := strings.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
					return -1
				}
				return r
			}, string(body))
			data = strings.TrimRight(data, "=")
			if len(data)%4 == 1 {
				return "", nil, false
			}
			dec, err := base64.RawStdEncoding.DecodeString(data)
			if err != nil {
				return "", nil, false
			}
			body = dec
			mime = strings.TrimSpace(mime[:i])
		}
	}
	if strings.HasPrefix(mime, ";") {
		mime = "text/plain" + mime
	}
	if m, ok := normalizeMIME(mime); ok {
		mime = m
	} else {
		mime = "text/plain;charset=US-ASCII"
	}
	return mime, body, true
}

// normalizeMIME serializes a MIME type as the standard does, roughly: the essence in
// lower case, parameters name=value with lower-case names and no spaces.
func normalizeMIME(s string) (string, bool) {
	parts := strings.Split(s, ";")
	essence := strings.ToLower(strings.TrimSpace(parts[0]))
	slash := strings.IndexByte(essence, '/')
	if slash <= 0 || slash == len(essence)-1 || strings.ContainsAny(essence, " \t\"") {
		return "", false
	}
	var b strings.Builder
	b.WriteString(essence)
	for _, p := range parts[1:] {
		name, value, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || name == "" {
			continue
		}
		b.WriteString(";" + strings.ToLower(strings.TrimSpace(name)) + "=" + value)
	}
	return b.String(), true
}
