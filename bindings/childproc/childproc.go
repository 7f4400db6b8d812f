// Package childproc is jsloop's child_process: spawn, exec, execFile and their
// synchronous forms, backed by os/exec.
//
// The JavaScript layer (child_process.js) is Node's lib/child_process.js in small:
// ChildProcess is an EventEmitter whose stdout and stderr are readable streams (also
// async iterables of Buffers) and whose stdin is writable. Underneath, a native
// binding starts the process on the loop goroutine (a fork and exec, as Node does) and
// goroutines read its pipes and wait for it, each posting its events back to the loop.
// A running child and each open pipe keep the loop alive; every child still running
// is killed (SIGKILL) when the loop stops.
//
// Permissions: spawn and execFile ask the policy's CheckRun for the program as given;
// anything run through a shell (exec, execSync, the shell option) asks for the shell
// (/bin/sh unless another is named) and for the command's first word.
package childproc

import (
	"context"
	_ "embed"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"

	"github.com/jsloop/jsloop/bindings/fs"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/promise"
)

//go:embed child_process.js
var childProcessJS string

// Option configures a Module.
type Option func(*config)

type config struct {
	require        func(name string) goja.Value
	stdout, stderr io.Writer
}

// WithStdio sets where the output of children spawned with stdio 'inherit' goes (the
// writers console uses). An *os.File is handed to the child as it is; another writer
// gets the output copied on the loop goroutine. Without it: the loop's writers
// (eventloop.WithStdout/WithStderr), else the process's.
func WithStdio(stdout, stderr io.Writer) Option {
	return func(c *config) { c.stdout, c.stderr = stdout, stderr }
}

func (m *Module) stdout() io.Writer {
	if m.cfg.stdout != nil {
		return m.cfg.stdout
	}
	return m.loop.Stdout()
}

func (m *Module) stderr() io.Writer {
	if m.cfg.stderr != nil {
		return m.cfg.stderr
	}
	return m.loop.Stderr()
}

// WithRequire gives the module the host's built-in require (bindings.Host's
// RequireBuiltin), used for internal/errors, events, util and buffer. Without it the
// runtime's global require is used, which must then resolve internal/errors too.
func WithRequire(fn func(name string) goja.Value) Option {
	return func(c *config) { c.require = fn }
}

// Module is one loop's child_process module.
type Module struct {
	loop    *eventloop.Loop
	rt      *goja.Runtime
	policy  *perm.Policy
	cfg     config
	exports *goja.Object

	mu       sync.Mutex
	children map[*child]struct{}
	stopped  bool
}

// New makes the child_process module of loop, checking every program against policy
// (nil allows everything). Must be called on the loop goroutine or before Run.
func New(loop *eventloop.Loop, policy *perm.Policy, opts ...Option) *Module {
	m := &Module{loop: loop, rt: loop.Runtime(), policy: policy, children: make(map[*child]struct{})}
	for _, o := range opts {
		o(&m.cfg)
	}
	loop.OnShutdown(m.killAll)
	context.AfterFunc(loop.Context(), m.killAll)
	return m
}

// Exports returns the child_process module. Must be called on the loop goroutine.
func (m *Module) Exports() goja.Value {
	if m.exports == nil {
		require := func(name string) goja.Value { return fs.Require(m.rt, m.cfg.require, name) }
		m.exports = fs.LoadModule(m.rt, "node:child_process", childProcessJS, require, m.newBinding())
	}
	return m.exports
}

// killAll kills every child still running and closes their pipes: the loop is
// stopping. Safe for concurrent use.
func (m *Module) killAll() {
	m.mu.Lock()
	m.stopped = true
	children := make([]*child, 0, len(m.children))
	for c := range m.children {
		children = append(children, c)
	}
	m.mu.Unlock()
	for _, c := range children {
		c.abort()
	}
}

// child is one running process and its pipes.
type child struct {
	m       *Module
	proc    *os.Process
	onEvent goja.Callable
	procRef *eventloop.Ref

	stdin   *os.File
	wmu     sync.Mutex
	wq      []writeReq
	writing bool

	pipes [3]*pipe // the parent's ends of stdout/stderr (1, 2)
}

type writeReq struct {
	data     []byte
	end      bool
	complete eventloop.Completion
	cb       goja.Callable
}

// pipe is the parent's read end of a child's output, with a gate JS can close to stop
// reading (backpressure).
type pipe struct {
	f       *os.File
	ref     *eventloop.Ref
	inherit io.Writer     // not nil: copy to this writer on the loop instead of emitting
	done    chan struct{} // closed when the pipe is read to its end

	mu     sync.Mutex
	cond   *sync.Cond
	paused bool
	closed bool
}

func newPipe(f *os.File, ref *eventloop.Ref, inherit io.Writer) *pipe {
	p := &pipe{f: f, ref: ref, inherit: inherit, done: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// wait blocks while the pipe is paused; it reports false once closed.
func (p *pipe) wait() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.paused && !p.closed {
		p.cond.Wait()
	}
	return !p.closed
}

func (p *pipe) setPaused(paused bool) {
	p.mu.Lock()
	p.paused = paused
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *pipe) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
	_ = p.f.Close()
}

// emit calls the JS event sink on the loop goroutine.
func (c *child) emit(rt *goja.Runtime, args ...goja.Value) error {
	_, err := c.onEvent(goja.Undefined(), args...)
	return err
}

// post runs fn on the loop; the completion holds the loop until it has run.
func (c *child) post(fn eventloop.Task) {
	_ = c.m.loop.Hold()(fn)
}

// read copies a pipe to JS as 'data' events, then 'end'.
func (c *child) read(i int, p *pipe) {
	buf := make([]byte, 65536)
	for p.wait() {
		n, err := p.f.Read(buf)
		if n > 0 {
			data := append([]byte(nil), buf[:n]...)
			if p.inherit != nil {
				c.post(func(*goja.Runtime) error { _, _ = p.inherit.Write(data); return nil })
			} else {
				c.post(func(rt *goja.Runtime) error {
					return c.emit(rt, rt.ToValue("data"), rt.ToValue(i), buffer.WrapBytes(rt, data))
				})
			}
		}
		if err != nil {
			break
		}
	}
	p.close()
	if p.inherit == nil {
		c.post(func(rt *goja.Runtime) error { return c.emit(rt, rt.ToValue("end"), rt.ToValue(i)) })
	}
	close(p.done)
	p.ref.Unref()
}

// inheritDrainWait bounds how long the exit event waits for inherited output still
// in the copying pipe (a grandchild may hold the pipe open).
const inheritDrainWait = 200 * time.Millisecond

// wait reaps the process and reports its exit.
func (c *child) wait() {
	state, err := c.proc.Wait()
	// Output inherited through a copying pipe is written before the exit is reported,
	// as it is when the child writes to the descriptor itself.
	for _, p := range c.pipes {
		if p != nil && p.inherit != nil {
			select {
			case <-p.done:
			case <-time.After(inheritDrainWait):
			}
		}
	}
	var code, sig goja.Value = goja.Null(), goja.Null()
	c.post(func(rt *goja.Runtime) error {
		if err != nil {
			code = rt.ToValue(-1)
		} else if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			sig = rt.ToValue(signalName(ws.Signal()))
		} else {
			code = rt.ToValue(state.ExitCode())
		}
		return c.emit(rt, rt.ToValue("exit"), code, sig)
	})
	c.m.mu.Lock()
	delete(c.m.children, c)
	c.m.mu.Unlock()
	c.procRef.Unref()
}

// abort kills the process and closes its pipes (the loop is stopping).
func (c *child) abort() {
	_ = c.proc.Kill()
	for _, p := range c.pipes {
		if p != nil {
			p.close()
		}
	}
	if c.stdin != nil {
		_ = c.stdin.Close()
	}
}

// enqueue queues a write (or the end) of stdin; one goroutine writes them in order.
func (c *child) enqueue(req writeReq) {
	c.wmu.Lock()
	c.wq = append(c.wq, req)
	start := !c.writing
	c.writing = true
	c.wmu.Unlock()
	if start {
		go c.writeLoop()
	}
}

func (c *child) writeLoop() {
	for {
		c.wmu.Lock()
		if len(c.wq) == 0 {
			c.writing = false
			c.wmu.Unlock()
			return
		}
		req := c.wq[0]
		c.wq = c.wq[1:]
		c.wmu.Unlock()
		var err error
		if req.end {
			err = c.stdin.Close()
		} else {
			_, err = c.stdin.Write(req.data)
		}
		_ = req.complete(func(rt *goja.Runtime) error {
			if req.cb == nil {
				return nil
			}
			var arg goja.Value = goja.Null()
			if err != nil {
				arg = promise.ErrorToJS(rt, fs.NewSysError(err, "write", ""))
				if req.end {
					arg = goja.Null() // closing twice or after the child went is not an error
				}
			}
			_, cerr := req.cb(goja.Undefined(), arg)
			return cerr
		})
	}
}

// lookPath finds file as execvp does, in the PATH of the child's environment.
func lookPath(file string, env []string) (string, error) {
	if strings.Contains(file, "/") {
		return file, nil
	}
	path := "/usr/local/bin:/usr/bin:/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
		}
	}
	var denied error
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if st.Mode()&0o111 == 0 {
			denied = syscall.EACCES
			continue
		}
		if !filepath.IsAbs(p) && !strings.HasPrefix(p, ".") {
			p = "./" + p
		}
		return p, nil
	}
	if denied != nil {
		return "", denied
	}
	return "", syscall.ENOENT
}

// firstWord is the program a shell command line starts, for the permission check:
// the first word that is not a variable assignment, up to a shell operator.
func firstWord(command string) string {
	for _, w := range strings.Fields(command) {
		if i := strings.IndexAny(w, ";&|<>()`"); i >= 0 {
			w = w[:i]
			if w == "" {
				continue
			}
		}
		if eq := strings.IndexByte(w, '='); eq > 0 && !strings.ContainsAny(w[:eq], "/") {
			continue
		}
		return strings.Trim(w, `"'`)
	}
	return ""
}

// spawnOptions is what the JS layer hands to spawn and spawnSync.
type spawnOptions struct {
	file     string
	args     []string // argv, argv[0] included
	cwd      string
	env      []string
	stdio    [3]string // pipe, inherit, ignore
	detached bool
	command  string // the shell command line, when run through a shell
}

func (m *Module) readOptions(obj *goja.Object) spawnOptions {
	var o spawnOptions
	o.file = obj.Get("file").String()
	_ = m.rt.ExportTo(obj.Get("args"), &o.args)
	if v := obj.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		o.cwd = v.String()
	}
	o.env = []string{}
	_ = m.rt.ExportTo(obj.Get("envPairs"), &o.env)
	var stdio []string
	_ = m.rt.ExportTo(obj.Get("stdio"), &stdio)
	for i := range o.stdio {
		o.stdio[i] = "pipe"
		if i < len(stdio) {
			o.stdio[i] = stdio[i]
		}
	}
	if v := obj.Get("detached"); v != nil {
		o.detached = v.ToBoolean()
	}
	if v := obj.Get("shellCommand"); v != nil && !goja.IsUndefined(v) {
		o.command = v.String()
	}
	return o
}

// check asks the policy for the program, and for a shell command's first word.
func (m *Module) check(o spawnOptions, syscallName string) error {
	programs := []string{o.file}
	if o.command != "" {
		if w := firstWord(o.command); w != "" {
			programs = append(programs, w)
		}
	}
	for _, p := range programs {
		if err := m.policy.CheckRun(p); err != nil {
			var pe *perm.Error
			if errors.As(err, &pe) {
				return &fs.DeniedError{Err: pe, Syscall: syscallName, Path: p}
			}
			return err
		}
	}
	return nil
}

// command makes the exec.Cmd of o, without its stdio.
func command(o spawnOptions) (*exec.Cmd, error) {
	path, err := lookPath(o.file, o.env)
	if err != nil {
		return nil, err
	}
	cmd := &exec.Cmd{Path: path, Args: o.args, Env: o.env, Dir: o.cwd}
	if len(cmd.Args) == 0 {
		cmd.Args = []string{o.file}
	}
	if o.detached {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	return cmd, nil
}

// errnoValue is the negative errno of err (-errno as libuv reports), or UV_UNKNOWN.
func errnoValue(err error) int {
	if n, _, _, ok := fs.Errno(err); ok {
		return n
	}
	return -4094 // UV_UNKNOWN
}

// spawn starts a child as uv_spawn does, on the loop goroutine. It returns the
// handle, or the negative errno for a failure Node reports as an 'error' event.
func (m *Module) spawn(obj *goja.Object) goja.Value {
	rt := m.rt
	o := m.readOptions(obj)
	onEvent, ok := goja.AssertFunction(obj.Get("onEvent"))
	if !ok {
		panic(rt.NewTypeError("jsloop: spawn needs onEvent"))
	}
	if err := m.check(o, "spawn"); err != nil {
		panic(promise.ErrorToJS(rt, err))
	}
	m.mu.Lock()
	stopped := m.stopped
	m.mu.Unlock()
	if stopped {
		return rt.ToValue(-int(syscall.ECANCELED))
	}
	cmd, err := command(o)
	if err != nil {
		return rt.ToValue(errnoValue(err))
	}
	c := &child{m: m, onEvent: onEvent}
	var childEnds []*os.File
	closeAll := func() {
		for _, f := range childEnds {
			_ = f.Close()
		}
		for _, p := range c.pipes {
			if p != nil {
				_ = p.f.Close()
			}
		}
		if c.stdin != nil {
			_ = c.stdin.Close()
		}
	}
	for i, mode := range o.stdio {
		var std *os.File
		var writer io.Writer
		switch i {
		case 0:
			std = os.Stdin
		case 1:
			std, writer = os.Stdout, m.stdout()
		case 2:
			std, writer = os.Stderr, m.stderr()
		}
		if f, isFile := writer.(*os.File); isFile {
			std, writer = f, nil
		}
		if mode == "ignore" {
			continue
		}
		if mode == "inherit" && (i == 0 || writer == nil) {
			setStdio(cmd, i, std)
			continue
		}
		r, w, err := os.Pipe()
		if err != nil {
			closeAll()
			return rt.ToValue(errnoValue(err))
		}
		if i == 0 {
			childEnds = append(childEnds, r)
			c.stdin = w
			setStdio(cmd, 0, r)
			continue
		}
		childEnds = append(childEnds, w)
		setStdio(cmd, i, w)
		var inherit io.Writer
		if mode == "inherit" {
			inherit = writer
		}
		c.pipes[i] = newPipe(r, nil, inherit)
	}
	if err := cmd.Start(); err != nil {
		closeAll()
		return rt.ToValue(errnoValue(err))
	}
	for _, f := range childEnds {
		_ = f.Close()
	}
	c.proc = cmd.Process
	c.procRef = m.loop.Ref()
	m.mu.Lock()
	m.children[c] = struct{}{}
	m.mu.Unlock()
	for i, p := range c.pipes {
		if p != nil {
			p.ref = m.loop.Ref()
			go c.read(i, p)
		}
	}
	go c.wait()
	return m.handle(c)
}

func setStdio(cmd *exec.Cmd, i int, f *os.File) {
	switch i {
	case 0:
		cmd.Stdin = f
	case 1:
		cmd.Stdout = f
	case 2:
		cmd.Stderr = f
	}
}

// handle is the JS object of a running child: its pid and the operations on it.
func (m *Module) handle(c *child) *goja.Object {
	rt := m.rt
	h := rt.NewObject()
	_ = h.Set("pid", c.proc.Pid)
	// kill(signal) returns 0, or a negative errno (ESRCH once the child has gone).
	_ = h.Set("kill", func(call goja.FunctionCall) goja.Value {
		sig := syscall.Signal(call.Argument(0).ToInteger())
		err := c.proc.Signal(sig)
		switch {
		case err == nil:
			return rt.ToValue(0)
		case errors.Is(err, os.ErrProcessDone):
			return rt.ToValue(-int(syscall.ESRCH))
		}
		return rt.ToValue(errnoValue(err))
	})
	// write(buffer, cb) and end(cb) queue data for stdin.
	_ = h.Set("write", func(call goja.FunctionCall) goja.Value {
		var data []byte
		if err := rt.ExportTo(call.Argument(0), &data); err != nil {
			panic(rt.NewTypeError("jsloop: write needs a buffer"))
		}
		cb, _ := goja.AssertFunction(call.Argument(1))
		if c.stdin == nil {
			return goja.Undefined()
		}
		c.enqueue(writeReq{data: append([]byte(nil), data...), complete: m.loop.Hold(), cb: cb})
		return goja.Undefined()
	})
	_ = h.Set("end", func(call goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(call.Argument(0))
		if c.stdin == nil {
			return goja.Undefined()
		}
		c.enqueue(writeReq{end: true, complete: m.loop.Hold(), cb: cb})
		return goja.Undefined()
	})
	// pause(i), resume(i) and destroy(i) act on the reading of stdout (1) or stderr (2).
	pipeOf := func(call goja.FunctionCall) *pipe {
		i := call.Argument(0).ToInteger()
		if i < 1 || i > 2 {
			return nil
		}
		return c.pipes[i]
	}
	_ = h.Set("pause", func(call goja.FunctionCall) goja.Value {
		if p := pipeOf(call); p != nil {
			p.setPaused(true)
		}
		return goja.Undefined()
	})
	_ = h.Set("resume", func(call goja.FunctionCall) goja.Value {
		if p := pipeOf(call); p != nil {
			p.setPaused(false)
		}
		return goja.Undefined()
	})
	_ = h.Set("destroy", func(call goja.FunctionCall) goja.Value {
		if p := pipeOf(call); p != nil {
			p.close()
		} else if call.Argument(0).ToInteger() == 0 && c.stdin != nil {
			_ = c.stdin.Close()
		}
		return goja.Undefined()
	})
	_ = h.Set("ref", func(goja.FunctionCall) goja.Value {
		if !c.exited() {
			c.procRef.Ref()
		}
		return goja.Undefined()
	})
	_ = h.Set("unref", func(goja.FunctionCall) goja.Value {
		c.procRef.Unref()
		return goja.Undefined()
	})
	return h
}

func (c *child) exited() bool {
	c.m.mu.Lock()
	defer c.m.mu.Unlock()
	_, running := c.m.children[c]
	return !running
}

func (m *Module) newBinding() *goja.Object {
	rt := m.rt
	b := rt.NewObject()
	_ = b.Set("spawn", func(call goja.FunctionCall) goja.Value { return m.spawn(call.Argument(0).ToObject(rt)) })
	_ = b.Set("spawnSync", func(call goja.FunctionCall) goja.Value { return m.spawnSync(call.Argument(0).ToObject(rt)) })
	_ = b.Set("errname", func(call goja.FunctionCall) goja.Value {
		n := call.Argument(0).ToInteger()
		_, code, _, ok := fs.Errno(syscall.Errno(-n))
		if !ok {
			return rt.ToValue("UNKNOWN")
		}
		return rt.ToValue(code)
	})
	_ = b.Set("encode", func(call goja.FunctionCall) goja.Value {
		return buffer.WrapBytes(rt, fs.Encode(call.Argument(0).String(), call.Argument(1).String()))
	})
	_ = b.Set("byteLength", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(len(fs.Encode(call.Argument(0).String(), call.Argument(1).String())))
	})
	_ = b.Set("decode", func(call goja.FunctionCall) goja.Value {
		var data []byte
		_ = rt.ExportTo(call.Argument(0), &data)
		return rt.ToValue(fs.Decode(data, call.Argument(1).String()))
	})
	_ = b.Set("normalizeEncoding", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(fs.NormalizeEncoding(call.Argument(0).String()))
	})
	signals := rt.NewObject()
	for _, s := range signalNames {
		_ = signals.Set(s.name, int(s.num))
	}
	_ = b.Set("signals", signals)
	return b
}
