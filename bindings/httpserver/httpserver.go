// Package httpserver is jsloop's HTTP server: the module jsloop:http, whose serve()
// has the shape of Deno.serve (a handler from web Request to web Response), and the
// server half of Node's http module (createServer, listen, request and response
// objects). Both run on Go's net/http and shed load in Go. The Node module's client half
// (request, get) is JavaScript over the fetch bindings (node_http.js).
//
// Each request arrives on a net/http goroutine. That goroutine admits it or answers
// 503 at once (see Server), hands it to the loop with Submit, and then serves it to
// the end: it writes the response the loop hands back and reads the request body when
// the script asks, so a request costs no goroutine beyond net/http's own. The handler
// runs on the loop goroutine as a task of its own, with the usual nextTick and
// microtask drain after it.
//
// A listening server keeps its loop alive (unless unref'd). It shuts down gracefully
// when the script says so (shutdown(), an aborted signal, server.close()) and when the
// loop shuts down (Loop.Shutdown), and stops at once when the loop has ended.
// Listening needs net permission for hostname:port (perm.Policy.CheckNet).
//
// Loops in one process can share listeners through a Group (the command's --loops).
//
// Wiring, for the bindings:
//
//	m := httpserver.New(loop, httpserver.Options{Policy: policy, Fetch: fetchModule, Require: require})
//	registerModule("jsloop:http", func() goja.Value { return m.Serve() })
//	registerModule("http", func() goja.Value { return m.NodeHTTP() })
package httpserver

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"syscall"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/fetch"
	"github.com/jsloop/jsloop/bindings/internal/natives"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

//go:embed serve.js
var serveJS string

//go:embed node_http.js
var nodeHTTPJS string

// Options configures the HTTP server bindings of one loop.
type Options struct {
	// Policy is asked (CheckNet "hostname:port") before listening; nil allows
	// everything.
	Policy *perm.Policy
	// Fetch is the loop's fetch bindings: serve() hands handlers their Request and
	// takes their Response. Without it serve() throws.
	Fetch *fetch.Module
	// Require loads the built-in modules the JS side uses (events, buffer, util,
	// internal/errors). nil means the runtime's global require.
	Require func(name string) goja.Value
	// Group, if not nil, shares listeners with the other loops of the group.
	Group *Group
}

// Module is the HTTP server bindings of one loop. Its methods must be called on the
// loop goroutine (or before the loop runs).
type Module struct {
	loop   *eventloop.Loop
	rt     *goja.Runtime
	opts   Options
	native *goja.Object
	// infoProto is the prototype of serve() handlers' info objects (serve.js's
	// ServeHandlerInfo.prototype).
	infoProto *goja.Object
	serve     goja.Value
	node      goja.Value
	canon     map[string]string // lower-case header names and their canonical form
	ranks     map[string]int    // servers started per address, for the group's ranks

	mu      sync.Mutex
	servers map[*Server]struct{} // those not shut down yet
	// stopping is set when the loop begins to shut down: servers may not listen
	// any more (the shutdown hook has already run).
	stopping bool
}

// New prepares the bindings for loop; nothing is compiled until Serve or NodeHTTP is
// first called. Call it on the loop goroutine or before the loop runs.
func New(loop *eventloop.Loop, opts Options) *Module {
	m := &Module{loop: loop, rt: loop.Runtime(), opts: opts, canon: make(map[string]string),
		ranks: make(map[string]int), servers: make(map[*Server]struct{})}
	// Shutting the loop down shuts the servers down gracefully; a loop that has ended
	// stops them at once.
	loop.OnShutdown(func() { m.shutdownAll(false) })
	context.AfterFunc(loop.Context(), func() { m.shutdownAll(true) })
	return m
}

// SetGroup makes the servers started from now on share listeners with the other loops
// of g (nil: listeners of their own).
func (m *Module) SetGroup(g *Group) { m.opts.Group = g }

func (m *Module) shutdownAll(hard bool) {
	m.mu.Lock()
	m.stopping = true
	list := make([]*Server, 0, len(m.servers))
	for s := range m.servers {
		list = append(list, s)
	}
	m.mu.Unlock()
	for _, s := range list {
		s.beginShutdown(hard)
	}
}

func (m *Module) forget(s *Server) {
	m.mu.Lock()
	delete(m.servers, s)
	m.mu.Unlock()
}

// Serve returns the exports of jsloop:http ({ serve }), made on first use.
func (m *Module) Serve() goja.Value {
	if m.serve == nil {
		m.serve = m.load("jsloop:http", serveJS, serveProgram)
	}
	return m.serve
}

// NodeHTTP returns the exports of Node's http module, made on first use.
func (m *Module) NodeHTTP() goja.Value {
	if m.node == nil {
		m.node = m.load("node:http", nodeHTTPJS, nodeProgram)
	}
	return m.node
}

var (
	serveProgram = sync.OnceValues(func() (*goja.Program, error) { return compileJS("jsloop:http", serveJS) })
	nodeProgram  = sync.OnceValues(func() (*goja.Program, error) { return compileJS("node:http", nodeHTTPJS) })
)

func compileJS(name, src string) (*goja.Program, error) {
	return goja.Compile(name, "(function (native, hooks, require, global) {"+src+"\n})", true)
}

// load runs one of the JS files, which returns the module's exports.
func (m *Module) load(name, _ string, prog func() (*goja.Program, error)) goja.Value {
	rt := m.rt
	prg, err := prog()
	if err != nil {
		panic(rt.NewGoError(fmt.Errorf("httpserver: compiling %s: %w", name, err)))
	}
	fnv, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	hooks := goja.Value(goja.Undefined())
	if m.opts.Fetch != nil && name == "jsloop:http" {
		h, err := m.opts.Fetch.ServerHooks()
		if err != nil {
			panic(rt.NewGoError(err))
		}
		hooks = h
	}
	req := rt.ToValue(func(c goja.FunctionCall) goja.Value { return m.require(c.Argument(0).String()) })
	v, err := fn(goja.Undefined(), m.natives(), hooks, req, rt.GlobalObject())
	if err != nil {
		panic(err)
	}
	return v
}

func (m *Module) require(name string) goja.Value {
	if m.opts.Require != nil {
		return m.opts.Require(name)
	}
	req, ok := goja.AssertFunction(m.rt.Get("require"))
	if !ok {
		panic(m.rt.NewTypeError("jsloop: no require to load " + name))
	}
	v, err := req(goja.Undefined(), m.rt.ToValue(name))
	if err != nil {
		panic(err)
	}
	return v
}

// natives is the object of Go functions the JS files call, made once.
func (m *Module) natives() *goja.Object {
	if m.native != nil {
		return m.native
	}
	rt := m.rt
	o, set := natives.Object(rt)
	set("listen", m.jsListen)
	set("shutdown", m.jsShutdown)
	set("ref", func(c goja.FunctionCall) goja.Value {
		if s := serverOf(c.Argument(0)); s != nil && !s.closing.Load() {
			s.ref.Ref()
		}
		return goja.Undefined()
	})
	set("unref", func(c goja.FunctionCall) goja.Value {
		if s := serverOf(c.Argument(0)); s != nil {
			s.ref.Unref()
		}
		return goja.Undefined()
	})
	set("respond", m.jsRespond)
	set("head", m.jsHead)
	set("write", m.jsWrite)
	set("end", m.jsEnd)
	set("abort", m.jsAbort)
	set("requestLine", m.jsRequestLine)
	set("headers", m.jsHeaders)
	set("rawHeaders", m.jsRawHeaders)
	set("watch", m.jsWatch)
	set("pull", m.jsPull)
	set("readAll", m.jsReadAll)
	set("cancel", m.jsCancel)
	set("remoteAddr", func(c goja.FunctionCall) goja.Value {
		ex := exchangeOf(c.Argument(0))
		if ex == nil {
			return goja.Undefined()
		}
		host, port := ex.remoteAddr()
		return rt.NewArray(host, port)
	})
	set("localAddr", func(c goja.FunctionCall) goja.Value {
		ex := exchangeOf(c.Argument(0))
		if ex == nil {
			return goja.Undefined()
		}
		addr, _ := ex.r.Context().Value(http.LocalAddrContextKey).(net.Addr)
		if addr == nil {
			return goja.Undefined()
		}
		host, port := splitHostPort(addr.String())
		return rt.NewArray(host, port)
	})
	set("httpVersion", func(c goja.FunctionCall) goja.Value {
		ex := exchangeOf(c.Argument(0))
		if ex == nil {
			return rt.ToValue("1.1")
		}
		return rt.ToValue(strconv.Itoa(ex.r.ProtoMajor) + "." + strconv.Itoa(ex.r.ProtoMinor))
	})
	set("completed", m.jsCompleted)
	set("remoteInfo", m.jsRemoteInfo)
	set("infoCompleted", m.jsInfoCompleted)
	set("setInfoPrototype", func(c goja.FunctionCall) goja.Value {
		m.infoProto, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	set("stats", func(c goja.FunctionCall) goja.Value {
		s := serverOf(c.Argument(0))
		if s == nil {
			return goja.Undefined()
		}
		// Each counter is read on its own while requests come and go; the slots
		// channel holds exactly the requests in flight, and a request that has just
		// found the queue full is being shed, not waiting.
		waiting := min(s.waiting.Load(), s.maxQueue)
		inFlight := s.load.Load() - waiting
		if s.slots != nil {
			inFlight = int64(len(s.slots))
		}
		return rt.NewArray(inFlight, waiting, s.shed.Load())
	})
	m.native = o
	return o
}

// serverRef is the JS handle of a server.
type serverRef struct{ s *Server }

func serverOf(v goja.Value) *Server {
	if v == nil {
		return nil
	}
	if r, ok := v.Export().(*serverRef); ok {
		return r.s
	}
	return nil
}

// jsListen is native.listen(node, hostname, port, maxInFlight, maxQueue, retryAfter,
// dispatch, onFinished): it listens (or joins the group's listener) and returns
// [handle, address, port], or throws a Node-style listen error or a PermissionDenied.
func (m *Module) jsListen(c goja.FunctionCall) goja.Value {
	rt := m.rt
	node := c.Argument(0).ToBoolean()
	hostname := c.Argument(1).String()
	port := int(c.Argument(2).ToInteger())
	maxInFlight := int(c.Argument(3).ToInteger())
	maxQueue := int(c.Argument(4).ToInteger())
	retryAfter := c.Argument(5).String()
	dispatch, ok1 := goja.AssertFunction(c.Argument(6))
	onFinished, _ := goja.AssertFunction(c.Argument(7))
	if !ok1 {
		panic(rt.NewTypeError("httpserver: no dispatch function"))
	}
	checkHost := hostname
	if checkHost == "" {
		checkHost = "0.0.0.0"
	}
	if err := m.opts.Policy.CheckNet(net.JoinHostPort(checkHost, strconv.Itoa(port))); err != nil {
		panic(m.permissionDenied(err))
	}
	m.mu.Lock()
	stopping := m.stopping
	m.mu.Unlock()
	if stopping {
		panic(m.newError("jsloop: the loop is shutting down; a server cannot start listening"))
	}
	key := net.JoinHostPort(hostname, strconv.Itoa(port))
	rank := m.ranks[key]
	m.ranks[key] = rank + 1
	l, err := openListener(m.opts.Group, hostname, port, rank)
	if err != nil {
		panic(m.listenError(err, hostname, port))
	}
	s := newServer(m, l, node, maxInFlight, maxQueue, retryAfter)
	s.dispatch, s.onFinished = dispatch, onFinished
	m.mu.Lock()
	if m.stopping { // the loop began to shut down while this listened
		m.mu.Unlock()
		l.join(s)
		s.ref = m.loop.Ref()
		s.beginShutdown(true)
		panic(m.newError("jsloop: the loop is shutting down; a server cannot start listening"))
	}
	m.servers[s] = struct{}{}
	m.mu.Unlock()
	s.ref = m.loop.Ref()
	l.join(s)
	addr := l.addr.IP.String()
	if l.addr.IP.IsUnspecified() {
		// Go listens on both families for a wildcard; report what was asked for,
		// as Node does ("::" for no hostname).
		addr = "::"
		if ip := net.ParseIP(hostname); ip != nil && ip.To4() != nil {
			addr = ip.String()
		}
	}
	return rt.NewArray(&serverRef{s}, addr, l.addr.Port)
}

// jsShutdown is native.shutdown(handle, hard).
func (m *Module) jsShutdown(c goja.FunctionCall) goja.Value {
	if s := serverOf(c.Argument(0)); s != nil {
		s.beginShutdown(c.Argument(1).ToBoolean())
	}
	return goja.Undefined()
}

// listenError is Node's error for a failed listen: "listen EADDRINUSE: address
// already in use 0.0.0.0:8000", with code, errno, syscall, address and port.
func (m *Module) listenError(err error, hostname string, port int) goja.Value {
	rt := m.rt
	code, desc, errno := "EIO", err.Error(), -5
	var en syscall.Errno
	if errors.As(err, &en) {
		switch en {
		case syscall.EADDRINUSE:
			code, desc = "EADDRINUSE", "address already in use"
		case syscall.EACCES:
			code, desc = "EACCES", "permission denied"
		case syscall.EADDRNOTAVAIL:
			code, desc = "EADDRNOTAVAIL", "address not available"
		default:
			desc = en.Error()
		}
		errno = -int(en)
	} else {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) {
			code, desc, errno = "ENOTFOUND", "getaddrinfo ENOTFOUND "+hostname, -3008
		}
	}
	shown := hostname
	if shown == "" {
		shown = "::"
	}
	msg := "listen " + code + ": " + desc + " " + shown + ":" + strconv.Itoa(port)
	if code == "ENOTFOUND" {
		msg = desc
	}
	e := m.newError(msg)
	eventloop.AttachGoError(rt, e, err)
	_ = e.Set("code", code)
	_ = e.Set("errno", errno)
	_ = e.Set("syscall", "listen")
	if code == "ENOTFOUND" {
		_ = e.Set("syscall", "getaddrinfo")
		_ = e.Set("hostname", hostname)
	} else {
		_ = e.Set("address", shown)
		_ = e.Set("port", port)
	}
	return e
}

// permissionDenied is the JS error of a denial, as fetch gives it: name
// PermissionDenied, code ERR_ACCESS_DENIED.
func (m *Module) permissionDenied(err error) goja.Value {
	e := natives.Denied(m.rt, m.newError(err.Error()))
	eventloop.AttachGoError(m.rt, e, err)
	return e
}

// bodyError is what a failed read of a request body rejects with: Node's "aborted"
// (ECONNRESET).
func (m *Module) bodyError(err error) goja.Value {
	e := m.newError("aborted")
	_ = e.Set("code", "ECONNRESET")
	eventloop.AttachGoError(m.rt, e, err)
	return e
}

// newError makes an instance of the runtime's Error with msg.
func (m *Module) newError(msg string) *goja.Object {
	rt := m.rt
	if ctor, ok := rt.GlobalObject().Get("Error").(*goja.Object); ok {
		if e, err := rt.New(ctor, rt.ToValue(msg)); err == nil {
			return e
		}
	}
	return rt.NewTypeError(msg)
}
