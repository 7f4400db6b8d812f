// Package fs is jsloop's fs, fs/promises and the shared helpers of its I/O modules:
// Node's file-system API in its three flavours (promises, callbacks, synchronous),
// backed by Go.
//
// The JavaScript layer (fs.js) validates arguments and shapes results as Node does;
// it calls a small native binding (binding.go) whose every operation runs either at
// once on the loop goroutine (the *Sync functions, which block the loop as in Node) or
// on a goroutine of its own that holds the loop alive and calls back on the loop
// goroutine. Every operation asks the permission policy first.
package fs

import (
	"context"
	_ "embed"
	"io"
	"os"
	"sync"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

//go:embed fs.js
var fsJS string

// Option configures a Module.
type Option func(*config)

type config struct {
	require        func(name string) goja.Value
	stdout, stderr io.Writer
}

// WithStdio sets where writes to descriptors 1 and 2 go when the script has not opened
// those numbers itself (the writers console uses, so that the output interleaves
// right). Without it: the loop's writers (eventloop.WithStdout/WithStderr), else the
// process's standard output and error.
func WithStdio(stdout, stderr io.Writer) Option {
	return func(c *config) { c.stdout, c.stderr = stdout, stderr }
}

// WithRequire gives the module the host's built-in require (bindings.Host's
// RequireBuiltin), used for internal/errors
// (Node's error codes and validators), events, util, path and buffer. Without it the
// runtime's global require is used, which must then resolve internal/errors too.
func WithRequire(fn func(name string) goja.Value) Option {
	return func(c *config) { c.require = fn }
}

// Module is one loop's fs module.
type Module struct {
	loop    *eventloop.Loop
	rt      *goja.Runtime
	policy  *perm.Policy
	cfg     config
	fds     *fdTable
	exports *goja.Object

	// beforeOp, when set (by tests), runs on the goroutine of each asynchronous
	// operation before it starts.
	beforeOp func(op string)
}

// New makes the fs module of loop, checking every operation against policy (nil
// allows everything). Must be called on the loop goroutine or before Run; the exports
// are made on first use.
func New(loop *eventloop.Loop, policy *perm.Policy, opts ...Option) *Module {
	m := &Module{loop: loop, rt: loop.Runtime(), policy: policy, fds: newFDTable()}
	for _, o := range opts {
		o(&m.cfg)
	}
	// Files a script left open are closed when the loop ends.
	context.AfterFunc(loop.Context(), m.fds.closeAll)
	return m
}

// Exports returns the fs module (what require('fs') gives). Must be called on the loop
// goroutine.
func (m *Module) Exports() goja.Value {
	if m.exports == nil {
		m.exports = m.load("node:fs", fsJS, m.newBinding())
	}
	return m.exports
}

// Promises returns the fs/promises module, the same object as fs.promises. Must be
// called on the loop goroutine.
func (m *Module) Promises() goja.Value {
	return m.Exports().ToObject(m.rt).Get("promises")
}

// require is the require handed to the embedded JS: the host's.
func (m *Module) require(name string) goja.Value {
	return Require(m.rt, m.cfg.require, name)
}

// Require loads a built-in module with fn, or with the runtime's global require when
// fn is nil. Must be called on the loop goroutine.
func Require(rt *goja.Runtime, fn func(string) goja.Value, name string) goja.Value {
	if fn != nil {
		return fn(name)
	}
	req, ok := goja.AssertFunction(rt.Get("require"))
	if !ok {
		panic(rt.NewTypeError("jsloop: no require to load " + name))
	}
	v, err := req(goja.Undefined(), rt.ToValue(name))
	if err != nil {
		panic(err)
	}
	return v
}

// LoadModule evaluates src, a built-in module written as the body of
// function (exports, require, module, binding), and returns its module.exports.
// Must be called on the loop goroutine.
func LoadModule(rt *goja.Runtime, name, src string, require func(string) goja.Value, binding goja.Value) *goja.Object {
	exports := rt.NewObject()
	module := rt.NewObject()
	_ = module.Set("exports", exports)
	fn := compile(rt, name, src)
	req := rt.ToValue(func(c goja.FunctionCall) goja.Value { return require(c.Argument(0).String()) })
	if _, err := fn(exports, exports, req, module, binding); err != nil {
		panic(err)
	}
	return module.Get("exports").ToObject(rt)
}

func (m *Module) load(name, src string, binding *goja.Object) *goja.Object {
	return LoadModule(m.rt, name, src, m.require, binding)
}

func compile(rt *goja.Runtime, name, src string) goja.Callable {
	v, err := rt.RunScript(name, "(function (exports, require, module, binding) {"+src+"\n})")
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(v)
	return fn
}

// fdTable maps the descriptors handed to JS to their files.
type fdTable struct {
	mu    sync.Mutex
	files map[int]*os.File
}

func newFDTable() *fdTable { return &fdTable{files: make(map[int]*os.File)} }

func (t *fdTable) add(f *os.File) int {
	fd := int(f.Fd())
	t.mu.Lock()
	t.files[fd] = f
	t.mu.Unlock()
	return fd
}

func (t *fdTable) get(fd int) *os.File {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.files[fd]
}

func (t *fdTable) remove(fd int) *os.File {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.files[fd]
	delete(t.files, fd)
	return f
}

func (t *fdTable) closeAll() {
	t.mu.Lock()
	files := t.files
	t.files = make(map[int]*os.File)
	t.mu.Unlock()
	for _, f := range files {
		_ = f.Close()
	}
}
