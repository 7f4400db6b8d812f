package bindings

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// The CommonJS loader follows Node's documented algorithm ("All together" in Node's
// modules docs): core modules first; "./", "../" and "/" requests as a file (exact,
// .js, .cjs, .json) then as a directory (package.json "main", then index.js/json);
// bare names through the node_modules folders from the requiring module's directory
// up, honouring package.json "exports" (require/node/default conditions). Each module
// gets its own require bound to its directory; require.cache is shared and keyed by
// the resolved filename, as in Node.

// cjs holds the loader's state: the shared cache object and the main module.
type cjs struct {
	cache *goja.Object
	main  goja.Value
}

// errNotFound means a resolution step found nothing; the search goes on.
var errNotFound = errors.New("not found")

func (h *Host) installRequire() {
	h.wrapped = make(map[string]int)
	h.cjs.cache = h.rt.NewObject()
	h.cjs.main = goja.Undefined()
	h.registerModule("util", func(rt *goja.Runtime, module *goja.Object) goja.Value {
		h.inspector.Require(rt, module)
		return module.Get("exports")
	})
	h.registerModule("util/types", func(*goja.Runtime, *goja.Object) goja.Value {
		return h.requireBuiltin("util").ToObject(h.rt).Get("types")
	})
	h.registerModule("assert/strict", func(*goja.Runtime, *goja.Object) goja.Value {
		return h.requireBuiltin("assert").ToObject(h.rt).Get("strict")
	})
	h.registerModule("path/posix", func(*goja.Runtime, *goja.Object) goja.Value {
		return h.requireBuiltin("path").ToObject(h.rt).Get("posix")
	})
	h.registerModule("buffer", h.bufferModule)
	// A global require resolving from the working directory: goja_nodejs's Buffer and
	// URL code look it up, and so do scripts run with -e.
	cwd, _ := os.Getwd()
	h.setGlobal("require", h.makeRequire(goja.Undefined(), cwd))
	h.lazyGlobal("Buffer", func() goja.Value { return h.requireBuiltin("buffer").ToObject(h.rt).Get("Buffer") })
}

// makeRequire returns the require function of parent (undefined for the global one),
// resolving relative requests from dir.
func (h *Host) makeRequire(parent goja.Value, dir string) *goja.Object {
	rt := h.rt
	req := h.function("require", 1, func(c goja.FunctionCall) goja.Value {
		return h.require(parent, dir, c.Argument(0))
	})
	resolve := h.function("resolve", 2, func(c goja.FunctionCall) goja.Value {
		id := h.validateID(c.Argument(0))
		if name := strings.TrimPrefix(id, "node:"); publicModules[name] {
			return rt.ToValue(id)
		}
		filename, err := h.resolveFile(id, h.resolveDirs(dir, c.Argument(1)))
		if err != nil {
			panic(h.notFound(id, parent))
		}
		return rt.ToValue(filename)
	})
	_ = resolve.Set("paths", h.function("paths", 1, func(c goja.FunctionCall) goja.Value {
		id := h.validateID(c.Argument(0))
		if h.isBuiltin(id) {
			return goja.Null()
		}
		if isPathRequest(id) {
			return h.toJS([]any{dir})
		}
		return h.toJS(nodeModulePaths(dir))
	}))
	_ = req.Set("resolve", resolve)
	_ = req.Set("cache", h.cjs.cache)
	_ = req.DefineAccessorProperty("main", h.function("get main", 0, func(goja.FunctionCall) goja.Value {
		return h.cjs.main
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return req
}

// resolveDirs is where require.resolve starts: dir, or the options.paths given.
func (h *Host) resolveDirs(dir string, options goja.Value) []string {
	if obj, ok := options.(*goja.Object); ok {
		if paths, ok := obj.Get("paths").(*goja.Object); ok {
			var dirs []string
			h.rt.ForOf(paths, func(v goja.Value) bool {
				dirs = append(dirs, absPath(v.String()))
				return true
			})
			return dirs
		}
	}
	return []string{dir}
}

func (h *Host) validateID(id goja.Value) string {
	if _, isString := id.Export().(string); !isString {
		panic(h.invalidArgType("id", id, "string"))
	}
	if id.String() == "" {
		panic(h.newTypeError("ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''"))
	}
	return id.String()
}

// isBuiltin reports whether id names a Node built-in module (provided or not).
func (h *Host) isBuiltin(id string) bool {
	name, prefixed := strings.CutPrefix(id, "node:")
	return publicModules[name] || nodeBuiltins[name] || (prefixed && name != "")
}

// require is Node's Module._load: built-ins, the cache, then a new module.
func (h *Host) require(parent goja.Value, dir string, idV goja.Value) goja.Value {
	id := h.validateID(idV)
	name, prefixed := strings.CutPrefix(id, "node:")
	switch {
	case prefixed && strings.HasPrefix(name, "jsloop:"):
		panic(h.newError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+id))
	case publicModules[name]:
		return h.requireBuiltin(name)
	case nodeBuiltins[name]:
		panic(h.newError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+id+"': jsloop does not provide this Node built-in module yet"))
	case prefixed:
		panic(h.newError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+id))
	}
	filename, err := h.resolveFile(id, []string{dir})
	if err != nil {
		panic(h.notFound(id, parent))
	}
	if cached, ok := h.cjs.cache.Get(filename).(*goja.Object); ok {
		h.addChild(parent, cached)
		return cached.Get("exports")
	}
	module := h.newModule(filename, filename, parent)
	defer func() {
		if r := recover(); r != nil { // a failed module leaves the cache and its parent
			_ = h.cjs.cache.Delete(filename)
			h.removeChild(parent, module)
			panic(r)
		}
	}()
	h.loadModule(module, filename)
	return module.Get("exports")
}

// newModule makes a Module object and puts it in the cache and in parent's children.
func (h *Host) newModule(id, filename string, parent goja.Value) *goja.Object {
	rt := h.rt
	dir := filepath.Dir(filename)
	module := rt.NewObject()
	for _, kv := range []struct {
		k string
		v any
	}{{"id", id}, {"path", dir}, {"exports", rt.NewObject()}, {"filename", filename}, {"loaded", false},
		{"children", []any{}}, {"paths", nodeModulePaths(dir)}} {
		_ = module.Set(kv.k, h.toJS(kv.v))
	}
	if parent == nil || goja.IsUndefined(parent) {
		parent = goja.Null()
	}
	_ = module.DefineDataProperty("parent", parent, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = module.Set("require", h.makeRequire(module, dir))
	_ = h.cjs.cache.Set(filename, module)
	h.addChild(parent, module)
	return module
}

func (h *Host) addChild(parent goja.Value, child *goja.Object) {
	p, ok := parent.(*goja.Object)
	if !ok {
		return
	}
	children, ok := p.Get("children").(*goja.Object)
	if !ok {
		return
	}
	n := children.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		if children.Get(strconv.FormatInt(i, 10)) == child {
			return
		}
	}
	_ = children.Set(strconv.FormatInt(n, 10), child)
}

// loadModule runs a resolved file in module: JSON is parsed, anything else is
// compiled as CommonJS. Errors are thrown as JS errors (panics), as require throws.
func (h *Host) loadModule(module *goja.Object, filename string) {
	code, err := h.loadSource(filename)
	if err != nil {
		panic(h.newError("Error", "", "Cannot load module '"+filename+"': "+err.Error()))
	}
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".json":
		h.loadJSON(module, filename, code)
		return
	case ".mjs", ".mts":
		panic(h.newError("Error", "ERR_REQUIRE_ESM", "require() of ES Module "+filename+" not supported.\n"+
			"Instead change the require to a dynamic import() which is available in all CommonJS modules."))
	}
	fn, err := h.compileModule(filename, string(code))
	if err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			obj := h.newError("SyntaxError", "", se.Message)
			_ = obj.Set("stack", se.File+":"+strconv.Itoa(se.Line)+"\nSyntaxError: "+se.Message+
				"\n    at "+se.File+":"+strconv.Itoa(se.Line)+":"+strconv.Itoa(se.Column))
			panic(obj)
		}
		panic(err)
	}
	h.runModule(module, fn, filename)
}

// runModule calls a compiled module function as Node's Module._compile does.
func (h *Host) runModule(module *goja.Object, fn goja.Callable, filename string) {
	exports := module.Get("exports")
	dir := filepath.Dir(filename)
	if _, err := fn(exports, exports, module.Get("require"), module, h.rt.ToValue(filename), h.rt.ToValue(dir)); err != nil {
		panic(err)
	}
	_ = module.Set("loaded", true)
}

func (h *Host) loadJSON(module *goja.Object, filename string, code []byte) {
	parse, _ := goja.AssertFunction(h.rt.Get("JSON").ToObject(h.rt).Get("parse"))
	v, err := parse(goja.Undefined(), h.rt.ToValue(strings.TrimPrefix(string(code), "\uFEFF")))
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) && !isUncatchable(err) {
			panic(h.newError("SyntaxError", "", filename+": "+stringProp(ex.Value().ToObject(h.rt), "message")))
		}
		panic(err)
	}
	_ = module.Set("exports", v)
	_ = module.Set("loaded", true)
}

func (h *Host) removeChild(parent goja.Value, child *goja.Object) {
	p, ok := parent.(*goja.Object)
	if !ok {
		return
	}
	if children, ok := p.Get("children").(*goja.Object); ok {
		if n := children.Get("length").ToInteger(); n > 0 && children.Get(strconv.FormatInt(n-1, 10)) == child {
			_ = children.Set("length", n-1)
		}
	}
}

// notFound is Node's MODULE_NOT_FOUND with the require stack.
func (h *Host) notFound(id string, parent goja.Value) *goja.Object {
	msg := "Cannot find module '" + id + "'"
	var stack []any
	for p, ok := parent.(*goja.Object); ok; p, ok = p.Get("parent").(*goja.Object) {
		stack = append(stack, p.Get("filename").String())
	}
	if len(stack) > 0 {
		msg += "\nRequire stack:"
		for _, f := range stack {
			msg += "\n- " + f.(string)
		}
	}
	e := h.newError("Error", "MODULE_NOT_FOUND", msg)
	_ = e.Set("requireStack", h.toJS(stack))
	return e
}

func isPathRequest(id string) bool {
	return id == "." || id == ".." || strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../") || strings.HasPrefix(id, "/")
}

// resolveFile is Node's Module._resolveFilename for files: the absolute, symlink-free
// filename of id as required from each of dirs in turn.
func (h *Host) resolveFile(id string, dirs []string) (string, error) {
	for _, dir := range dirs {
		var f string
		var err error
		if isPathRequest(id) {
			base := id
			if !filepath.IsAbs(id) {
				base = filepath.Join(dir, id)
			}
			f, err = loadAsFileOrDirectory(base, strings.HasSuffix(id, "/"))
		} else {
			f, err = loadNodeModules(id, dir)
		}
		if err == nil {
			if real, rerr := filepath.EvalSymlinks(f); rerr == nil {
				f = real
			}
			return f, nil
		}
		if !errors.Is(err, errNotFound) {
			return "", err
		}
	}
	return "", errNotFound
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

func loadAsFileOrDirectory(base string, dirOnly bool) (string, error) {
	if !dirOnly {
		if f, err := loadAsFile(base); err == nil {
			return f, nil
		}
	}
	return loadAsDirectory(base)
}

func loadAsFile(base string) (string, error) {
	for _, ext := range []string{"", ".js", ".json", ".cjs"} {
		if isFile(base + ext) {
			return base + ext, nil
		}
	}
	return "", errNotFound
}

func loadIndex(dir string) (string, error) {
	for _, name := range []string{"index.js", "index.json", "index.cjs"} {
		if p := filepath.Join(dir, name); isFile(p) {
			return p, nil
		}
	}
	return "", errNotFound
}

// packageJSON is the part of package.json the loader reads.
type packageJSON struct {
	Name    string          `json:"name"`
	Main    string          `json:"main"`
	Exports json.RawMessage `json:"exports"`
}

func readPackageJSON(dir string) (*packageJSON, error) {
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
			return nil, errNotFound
		}
		return nil, errNotFound
	}
	var pkg packageJSON
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, errors.New("invalid package.json in " + dir + ": " + err.Error())
	}
	return &pkg, nil
}

func loadAsDirectory(dir string) (string, error) {
	pkg, err := readPackageJSON(dir)
	if err != nil && !errors.Is(err, errNotFound) {
		return "", err
	}
	if pkg != nil && pkg.Main != "" {
		m := filepath.Join(dir, pkg.Main)
		if f, err := loadAsFile(m); err == nil {
			return f, nil
		}
		if f, err := loadIndex(m); err == nil {
			return f, nil
		}
	}
	return loadIndex(dir)
}

// loadNodeModules searches the node_modules folders from dir up for a package.
func loadNodeModules(id, dir string) (string, error) {
	name, subpath := splitPackageName(id)
	for _, p := range nodeModulePaths(dir) {
		nm := p.(string)
		pkgDir := filepath.Join(nm, name)
		if pkg, err := readPackageJSON(pkgDir); err == nil && len(pkg.Exports) > 0 && string(pkg.Exports) != "null" {
			f, err := resolveExports(pkgDir, pkg.Exports, "."+subpath)
			if err != nil {
				return "", err
			}
			if isFile(f) {
				return f, nil
			}
			return "", errors.New("package " + name + " exports " + f + ", which does not exist")
		}
		if f, err := loadAsFileOrDirectory(filepath.Join(nm, id), false); err == nil {
			return f, nil
		} else if !errors.Is(err, errNotFound) {
			return "", err
		}
	}
	return "", errNotFound
}

// splitPackageName splits "pkg/sub" or "@scope/pkg/sub" into the package name and "/sub".
func splitPackageName(id string) (name, subpath string) {
	parts := strings.SplitN(id, "/", 3)
	n := 1
	if strings.HasPrefix(id, "@") && len(parts) > 1 {
		n = 2
	}
	name = strings.Join(parts[:min(n, len(parts))], "/")
	return name, strings.TrimPrefix(id, name)
}

// resolveExports is Node's PACKAGE_EXPORTS_RESOLVE for require: the "exports" field
// as a string, a conditions object, or a subpath map with "*" patterns.
func resolveExports(pkgDir string, raw json.RawMessage, subpath string) (string, error) {
	var exports any
	if err := json.Unmarshal(raw, &exports); err != nil {
		return "", err
	}
	if m, ok := exports.(map[string]any); ok && !hasSubpathKeys(m) {
		exports = map[string]any{".": m}
	} else if !ok {
		exports = map[string]any{".": exports}
	}
	m := exports.(map[string]any)
	if target, ok := m[subpath]; ok {
		return resolveTarget(pkgDir, target, "")
	}
	best, bestKey := "", ""
	for key := range m {
		prefix, suffix, ok := strings.Cut(key, "*")
		if !ok || !strings.HasPrefix(subpath, prefix) || !strings.HasSuffix(subpath, suffix) || len(subpath) < len(key)-1 {
			continue
		}
		if len(prefix) > len(bestKey) {
			best, bestKey = subpath[len(prefix):len(subpath)-len(suffix)], key
		}
	}
	if bestKey != "" {
		return resolveTarget(pkgDir, m[bestKey], best)
	}
	return "", errors.New("package subpath '" + subpath + "' is not defined by \"exports\" in " + filepath.Join(pkgDir, "package.json"))
}

func hasSubpathKeys(m map[string]any) bool {
	for k := range m {
		return strings.HasPrefix(k, ".")
	}
	return false
}

// resolveTarget picks a target string through conditions (require, node, default).
func resolveTarget(pkgDir string, target any, pattern string) (string, error) {
	switch t := target.(type) {
	case string:
		return filepath.Join(pkgDir, strings.ReplaceAll(t, "*", pattern)), nil
	case []any:
		for _, alt := range t {
			if f, err := resolveTarget(pkgDir, alt, pattern); err == nil {
				return f, nil
			}
		}
	case map[string]any:
		for _, cond := range []string{"require", "node", "default"} {
			if alt, ok := t[cond]; ok {
				if f, err := resolveTarget(pkgDir, alt, pattern); err == nil {
					return f, nil
				}
			}
		}
	}
	return "", errors.New("no \"exports\" target for require in " + filepath.Join(pkgDir, "package.json"))
}

// RunMain returns the task that runs filename as the main CommonJS module: module,
// exports, require (with require.main === module), __filename and __dirname in scope,
// this === module.exports. Submit it before Run. A file that does not parse ends the
// loop with a *SyntaxError; a throw is an uncaught exception.
func (h *Host) RunMain(filename string) eventloop.Task {
	return func(rt *goja.Runtime) error {
		filename = absPath(filename)
		code, err := h.loadSource(filename)
		if err != nil {
			return err
		}
		fn, err := h.compileModule(filename, string(code))
		if err != nil {
			return err
		}
		module := h.newModule(".", filename, goja.Undefined())
		h.cjs.main = module
		if ex := rt.Try(func() { h.runModule(module, fn, filename) }); ex != nil {
			return ex
		}
		return nil
	}
}

// compileModule wraps code as a CommonJS module function and compiles it.
func (h *Host) compileModule(filename, code string) (goja.Callable, error) {
	prg, err := h.compile(filename, moduleWrapperPrefix+code+"\n})", len(moduleWrapperPrefix))
	if err != nil {
		return nil, err
	}
	v, err := h.rt.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("bindings: module wrapper did not produce a function")
	}
	return fn, nil
}
