package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// sourceLoader gives the bindings each file's code, lowered with esbuild where goja
// lacks the syntax (async generators and for await) or the file is TypeScript. Lowered
// code carries an inline source map, which goja reads by itself, so stack traces and
// error positions point at the user's own lines. Results are cached per path.
type sourceLoader struct {
	mu    sync.Mutex
	cache map[string][]byte
}

// needsLowering spots the syntax goja cannot run. A false positive only costs a
// transform that keeps behaviour (esbuild targets ES2017, which leaves async/await native).
var needsLowering = regexp.MustCompile(`async\s*\*|async\s+function\s*\*|for\s+await\b`)

func (s *sourceLoader) load(path string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code, ok := s.cache[path]; ok {
		return code, nil
	}
	code, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	loader := api.LoaderNone
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	default:
		if needsLowering.Match(code) {
			loader = api.LoaderJS
		}
	}
	if loader != api.LoaderNone {
		code, err = lower(path, code, loader)
		if err != nil {
			return nil, err
		}
	}
	if s.cache == nil {
		s.cache = make(map[string][]byte)
	}
	s.cache[path] = code
	return code, nil
}

// lower turns code into ES2017 CommonJS that goja runs, with an inline source map.
func lower(path string, code []byte, loader api.Loader) ([]byte, error) {
	res := api.Transform(string(code), api.TransformOptions{
		Loader:     loader,
		Target:     api.ES2017,
		Sourcemap:  api.SourceMapInline,
		Sourcefile: path,
		Charset:    api.CharsetUTF8,
	})
	if len(res.Errors) > 0 {
		return nil, &transformError{path: path, msgs: res.Errors}
	}
	return res.Code, nil
}

// transformError is esbuild's report of code it could not parse, in file:line:col form.
type transformError struct {
	path string
	msgs []api.Message
}

func (e *transformError) Error() string {
	var b strings.Builder
	for i, m := range e.msgs {
		if i > 0 {
			b.WriteString("\n")
		}
		if m.Location != nil {
			fmt.Fprintf(&b, "%s:%d:%d: SyntaxError: %s\n%s\n%s^", e.path, m.Location.Line, m.Location.Column+1, m.Text,
				m.Location.LineText, strings.Repeat(" ", m.Location.Column))
		} else {
			fmt.Fprintf(&b, "%s: SyntaxError: %s", e.path, m.Text)
		}
	}
	return b.String()
}
