package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// ES modules: goja runs scripts only, so an ES module entry point is bundled by esbuild
// into one ES2017 script with its local imports inlined (ES modules, TypeScript and
// CommonJS files from node_modules alike; the inline source map points stack traces
// back at each file). What is left of ES module syntax is rewritten into what the
// bindings' RunESM provides: built-in modules stay external and become require calls,
// each module's import.meta comes from __jsloopImportMeta, a dynamic import that could
// not be bundled calls __jsloopImport, and the entry's own exports are dropped. Top-level
// await stays: RunESM runs the script inside an async function.

// builtinModules are the module names left to the runtime (with or without "node:").
var builtinModules = []string{"assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster",
	"console", "constants", "crypto", "dgram", "diagnostics_channel", "dns", "domain", "events", "fs",
	"fs/promises", "http", "http2", "https", "inspector", "module", "net", "os", "path", "path/posix",
	"perf_hooks", "process", "punycode", "querystring", "readline", "repl", "stream", "stream/promises",
	"stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls", "trace_events", "tty", "url",
	"util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib"}

// isESM reports whether path is run as an ES module: .mjs/.mts always, .cjs/.cts never,
// other files when the nearest package.json says "type": "module" or when the code
// has import or export statements (Node 22 detects those too; Node 20 would refuse them).
func isESM(path string, code []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".mjs", ".mts":
		return true
	case ".cjs", ".cts":
		return false
	}
	if packageType(filepath.Dir(path)) == "module" {
		return true
	}
	return esmSyntax.Match(code)
}

var esmSyntax = regexp.MustCompile(`(?m)^\s*(import\s*[\w{*'"]|export\s+(\{|\*|default\b|const\b|let\b|var\b|function\b|async\b|class\b))|\bimport\.meta\b`)

// packageType reads "type" from the nearest package.json above dir.
func packageType(dir string) string {
	for {
		data, err := os.ReadFile(filepath.Join(dir, "package.json"))
		if err == nil {
			if m := regexp.MustCompile(`"type"\s*:\s*"(\w+)"`).FindSubmatch(data); m != nil {
				return string(m[1])
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// bundleESM bundles the ES module entry point path (see above) and returns the script
// and the directory its per-module paths are relative to.
func bundleESM(path string) (code, base string, err error) {
	base, err = os.Getwd()
	if err != nil {
		return "", "", err
	}
	external := []string{"node:*", "jsloop:*"}
	external = append(external, builtinModules...)
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{path},
		Bundle:        true,
		Write:         false,
		Outfile:       filepath.Join(base, "bundle.js"),
		AbsWorkingDir: base,
		Format:        api.FormatESModule,
		Platform:      api.PlatformNode,
		Target:        api.ES2017,
		Supported:     map[string]bool{"top-level-await": true},
		External:      external,
		Sourcemap:     api.SourceMapInline,
		Charset:       api.CharsetUTF8,
		LogLevel:      api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return "", "", &transformError{path: path, msgs: res.Errors}
	}
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".js") {
			out, _ := useJsloopHelpers(f.Contents)
			return rewriteESM(string(out)), base, nil
		}
	}
	return "", "", &transformError{path: path, msgs: []api.Message{{Text: "esbuild produced no output"}}}
}

var (
	// An import statement esbuild left (for an external module), possibly over lines.
	esmImport = regexp.MustCompile(`(?ms)^import\s+(?:([\w$]+)\s*,?\s*)?(?:\*\s+as\s+([\w$]+)|\{([^}]*)\})?\s*(?:from\s*)?("[^"]+"|'[^']+');?[ \t]*$`)
	// The entry's exports, which nothing imports.
	esmExport = regexp.MustCompile(`(?ms)^export\s+(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)(?:\s*from\s*("[^"]+"|'[^']+'))?;?[ \t]*$`)
	// import.meta without target support: esbuild gives each module `var import_meta = {};`
	// after a "// path" comment naming the module.
	esmMeta      = regexp.MustCompile(`(?m)^var (import_meta\d*) = \{\};$`)
	esmPathLine  = regexp.MustCompile(`(?m)^// (\S.*)$`)
	esmDynImport = regexp.MustCompile(`\bimport\((["'])`)
)

// rewriteESM turns what is left of ES module syntax in a bundle into calls the bindings
// provide, keeping every line where it was (the source map depends on it).
func rewriteESM(code string) string {
	var hoisted []string
	code = esmImport.ReplaceAllStringFunc(code, func(stmt string) string {
		m := esmImport.FindStringSubmatch(stmt)
		def, ns, named, spec := m[1], m[2], m[3], m[4]
		req := "require(" + spec + ")"
		switch {
		case def == "" && ns == "" && named == "":
			hoisted = append(hoisted, req+";")
		default:
			tmp := "__jsloop_" + strings.Trim(regexp.MustCompile(`\W`).ReplaceAllString(spec, "_"), "_")
			hoisted = append(hoisted, "var "+tmp+" = "+req+";")
			if def != "" {
				hoisted = append(hoisted, "var "+def+" = "+tmp+";")
			}
			if ns != "" {
				hoisted = append(hoisted, "var "+ns+" = Object.assign(Object.create(null), "+tmp+", { default: "+tmp+" });")
			}
			if named != "" {
				for _, part := range strings.Split(named, ",") {
					part = strings.TrimSpace(part)
					if part == "" {
						continue
					}
					from, as, ok := strings.Cut(part, " as ")
					if !ok {
						as = from
					}
					from, as = strings.TrimSpace(from), strings.TrimSpace(as)
					if from == "default" {
						hoisted = append(hoisted, "var "+as+" = "+tmp+";")
					} else {
						hoisted = append(hoisted, "var "+as+" = "+tmp+"."+from+";")
					}
				}
			}
		}
		return strings.Repeat("\n", strings.Count(stmt, "\n"))
	})
	code = esmExport.ReplaceAllStringFunc(code, func(stmt string) string {
		return strings.Repeat("\n", strings.Count(stmt, "\n"))
	})
	// Each import_meta takes the path of the last "// path" comment before it.
	var b strings.Builder
	last := 0
	for _, loc := range esmMeta.FindAllStringSubmatchIndex(code, -1) {
		file := ""
		if paths := esmPathLine.FindAllStringSubmatch(code[:loc[0]], -1); len(paths) > 0 {
			file = paths[len(paths)-1][1]
		}
		b.WriteString(code[last:loc[0]])
		b.WriteString("var " + code[loc[2]:loc[3]] + " = __jsloopImportMeta(" + quoteJS(file) + ");")
		last = loc[1]
	}
	b.WriteString(code[last:])
	code = esmDynImport.ReplaceAllString(b.String(), "__jsloopImport($1")
	if len(hoisted) > 0 {
		code = strings.Join(hoisted, " ") + " " + code
	}
	return code
}

func quoteJS(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
