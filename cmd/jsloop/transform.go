package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
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
	format := api.FormatDefault
	if loader != api.LoaderJS {
		format = api.FormatCommonJS // a required TypeScript file may use import/export
	}
	res := api.Transform(string(code), api.TransformOptions{
		Loader:     loader,
		Format:     format,
		Target:     api.ES2017,
		Sourcemap:  api.SourceMapInline,
		Sourcefile: path,
		Charset:    api.CharsetUTF8,
	})
	if len(res.Errors) > 0 {
		return nil, &transformError{path: path, msgs: res.Errors}
	}
	code, _ = useJsloopHelpers(res.Code)
	return code, nil
}

// loweringHelpers are esbuild's async-generator helpers, each matched by the first line
// of its definition as esbuild emits it (esbuild appends a number to the name when the
// file has its own binding of that name). They are not spec-exact (await in a finally
// run by return() is skipped, and several steps take more or fewer jobs than in V8), so
// useJsloopHelpers points them at jsloop's versions (bindings/js/asyncgen.js).
var loweringHelpers = []struct {
	name string
	def  *regexp.Regexp
}{
	{"__await", regexp.MustCompile(`(?m)^var (__await\d*) = function\(promise, isYieldStar\) \{$`)},
	{"__asyncGenerator", regexp.MustCompile(`(?m)^var (__asyncGenerator\d*) = \(__this, __arguments, generator\) => \{$`)},
	{"__yieldStar", regexp.MustCompile(`(?m)^var (__yieldStar\d*) = \(value\) => \{$`)},
	{"__forAwait", regexp.MustCompile(`(?m)^var (__forAwait\d*) = \(obj, it, method\) => `)},
}

// useJsloopHelpers rewrites the definitions of esbuild's helpers in lowered code so that
// `var __forAwait = ...` becomes `var __forAwait = <jsloop's>, __esbuild_forAwait = ...`,
// adding no line, so the inline source map still holds. It returns the helpers it
// replaced. If a helper is defined more than once, or __await or __yieldStar appears
// without __asyncGenerator (esbuild's helpers would then mix with jsloop's), it
// changes nothing; TestLoweringUsesJsloopHelpers notices when esbuild's helpers change.
func useJsloopHelpers(code []byte) ([]byte, []string) {
	type edit struct {
		at   int
		name string
		text string
	}
	var edits []edit
	found := map[string]bool{}
	for _, h := range loweringHelpers {
		m := h.def.FindAllSubmatchIndex(code, -1)
		if len(m) > 1 {
			return code, nil
		}
		if len(m) == 1 {
			local := string(code[m[0][2]:m[0][3]])
			found[h.name] = true
			edits = append(edits, edit{at: m[0][3] + len(" = "), name: h.name,
				text: `globalThis[Symbol.for("jsloop.lowering")].` + h.name + ", __esbuild_" + strings.TrimPrefix(local, "__") + " = "})
		}
	}
	if (found["__await"] || found["__yieldStar"]) && !found["__asyncGenerator"] {
		return code, nil
	}
	if len(edits) == 0 {
		return code, nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].at < edits[j].at })
	out := make([]byte, 0, len(code)+len(edits)*80)
	last := 0
	names := make([]string, 0, len(edits))
	for _, e := range edits {
		out = append(append(out, code[last:e.at]...), e.text...)
		last = e.at
		names = append(names, e.name)
	}
	return append(out, code[last:]...), names
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
