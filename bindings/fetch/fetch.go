// Package fetch is jsloop's WHATWG fetch: the globals fetch, Request, Response and
// Headers as Node v20 exposes them (undici's behaviour, defaults and messages), with the
// HTTP exchange done by Go's net/http on goroutines.
//
// The classes are JavaScript (fetch.js, compiled once per runtime on first use); the
// network is Go. A call of fetch hands the request to a goroutine, which sends it,
// follows redirects as the request says, and reads the first part of the body (all of
// a small one) before posting the response back to the loop in one completion; larger
// bodies then stream, one chunk per read, with backpressure. The loop stays alive while
// an exchange waits for its response and while a body read is pending. An AbortSignal
// cancels the Go request in either phase; the loop stopping cancels every exchange.
//
// Bodies: response.body is a ReadableStream (jsloop's own subset of WHATWG streams,
// not a global: a default stream with start/pull/cancel sources, getReader() with
// read/releaseLock/cancel/closed, async iteration with values({preventCancel}), tee;
// no BYOB readers, pipeTo or pipeThrough) of Uint8Array chunks. text(), json(),
// arrayBuffer() and bytes() of a network body that no stream was made for are read in
// Go and handed over in one completion. Request bodies may be strings, ArrayBuffers,
// views, URLSearchParams, ReadableStreams and async iterables (duplex: 'half'); a
// stream is sent as it is read (upload.go), chunked unless the script gave a
// Content-Length. Blob and FormData bodies, blob() and formData() fail with a
// TypeError that says so.
//
// A body nobody reads does not keep the loop alive (Node would keep its socket open);
// its goroutine and connection last until the body is read, cancelled or aborted, or
// the loop ends.
//
// Wiring, for the bindings:
//
//	m := fetch.New(loop, fetch.Options{Policy: policy})
//	for _, name := range fetch.Globals {
//		lazyGlobal(name, func() goja.Value { return m.Global(name) })
//	}
//
// or, eagerly, globals, err := fetch.Install(loop, opts) and set each entry.
package fetch

import (
	"context"
	_ "embed"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/natives"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

//go:embed fetch.js
var fetchJS string

// Globals are the names Install returns and Module.Global answers, in Node's order.
var Globals = []string{"fetch", "Request", "Response", "Headers", "ReadableStream"}

// Options configures the fetch bindings of one loop.
type Options struct {
	// Policy is checked (CheckNet "host:port") before every connection, redirects
	// included. nil allows everything.
	Policy *perm.Policy
	// Client, if not nil, sends the requests: its Transport (and Timeout) are used;
	// redirects are always handled by fetch itself, and its Jar is not used. nil means a
	// transport of the loop's own, tuned for many concurrent requests to one host and
	// closed when the loop shuts down.
	Client *http.Client
}

// Module is the fetch bindings of one loop. Its methods must be called on the loop
// goroutine (or before the loop runs).
type Module struct {
	loop    *eventloop.Loop
	rt      *goja.Runtime
	policy  *perm.Policy
	client  *http.Client
	owned   *http.Transport // the transport we made, closed at shutdown
	exports *goja.Object
	err     error

	newNetResponse goja.Callable
	serverHooks    *goja.Object // fetch.js's hooks for a server (ServerHooks)
	u8             *goja.Object // the runtime's Uint8Array
	typeErrorCtor  *goja.Object
	errorCtor      *goja.Object
	urlCache       map[string]*url.URL
}

// New prepares the fetch bindings for loop. Nothing is compiled until Global (or
// Exports) is first called. Call it on the loop goroutine or before the loop runs.
func New(loop *eventloop.Loop, opts Options) *Module {
	m := &Module{loop: loop, rt: loop.Runtime(), policy: opts.Policy, urlCache: make(map[string]*url.URL)}
	if opts.Client != nil {
		c := *opts.Client
		c.Jar = nil
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		m.client = &c
	} else {
		m.owned = NewTransport()
		m.client = &http.Client{
			Transport:     m.owned,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
		// Idle connections go when shutdown begins, and again when the loop has ended
		// (however it ended), so that no connection outlives it.
		tr := m.owned
		loop.OnShutdown(tr.CloseIdleConnections)
		context.AfterFunc(loop.Context(), tr.CloseIdleConnections)
	}
	return m
}

// NewTransport returns the transport fetch uses by default: keep-alive with up to 256
// idle connections per host (so 100 or more requests in flight to one server reuse
// their connections), HTTP/2 when a TLS server offers it, undici's connect timeout (10
// s) and headers timeout (300 s), no proxy (Node's fetch ignores HTTP_PROXY), and no
// transparent compression (fetch decodes gzip and deflate itself, as undici does).
func NewTransport() *http.Transport {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   256,
		IdleConnTimeout:       30 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		ResponseHeaderTimeout: 300 * time.Second,
		DisableCompression:    true,
		WriteBufferSize:       16 << 10,
		ReadBufferSize:        16 << 10,
	}
}

// Install compiles the bindings for loop now and returns the globals by name (fetch,
// Request, Response, Headers) for the caller to define. Call it on the loop goroutine
// or before the loop runs.
func Install(loop *eventloop.Loop, opts Options) (map[string]goja.Value, error) {
	m := New(loop, opts)
	exports, err := m.Exports()
	if err != nil {
		return nil, err
	}
	out := make(map[string]goja.Value, len(Globals))
	for _, name := range Globals {
		out[name] = exports.Get(name)
	}
	return out, nil
}

// Global returns the global named name (one of Globals, or "ReadableStream" for the
// stream class response bodies use), compiling the bindings on first use. It panics
// with a JS error if they cannot be compiled, which only a broken build can cause.
func (m *Module) Global(name string) goja.Value {
	exports, err := m.Exports()
	if err != nil {
		panic(m.rt.NewGoError(err))
	}
	return exports.Get(name)
}

// Exports returns the object holding fetch, Request, Response, Headers and
// ReadableStream, compiling the bindings on first use.
func (m *Module) Exports() (*goja.Object, error) {
	if m.exports != nil || m.err != nil {
		return m.exports, m.err
	}
	m.exports, m.err = m.compile()
	return m.exports, m.err
}

// ServerHooks returns what a server needs of fetch.js to hand its handler a Request and
// take apart the Response it returns (package httpserver uses it): setNative,
// newRequest, isResponse and responseParts, described at the end of fetch.js. It
// compiles the bindings on first use. Must be called on the loop goroutine.
func (m *Module) ServerHooks() (*goja.Object, error) {
	if _, err := m.Exports(); err != nil {
		return nil, err
	}
	return m.serverHooks, nil
}

// DecodeUTF8 decodes b as text() does (WHATWG UTF-8 decode: a leading BOM is dropped,
// each maximal invalid subpart becomes U+FFFD), for other bindings with bodies.
func DecodeUTF8(b []byte) string { return decodeUTF8(b) }

// program is fetch.js compiled, once per process (a Program can run in any runtime).
var program = sync.OnceValues(func() (*goja.Program, error) {
	prg, err := goja.Compile("node:internal/deps/undici/undici", "(function (native, global) {"+fetchJS+"\n})", true)
	if err != nil {
		return nil, fmt.Errorf("fetch: compiling fetch.js: %w", err)
	}
	return prg, nil
})

func (m *Module) compile() (*goja.Object, error) {
	rt := m.rt
	prg, err := program()
	if err != nil {
		return nil, err
	}
	fnv, err := rt.RunProgram(prg)
	if err != nil {
		return nil, fmt.Errorf("fetch: running fetch.js: %w", err)
	}
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		return nil, fmt.Errorf("fetch: fetch.js did not give a function")
	}
	global := rt.GlobalObject()
	m.u8, _ = global.Get("Uint8Array").(*goja.Object)
	m.typeErrorCtor, _ = global.Get("TypeError").(*goja.Object)
	m.errorCtor, _ = global.Get("Error").(*goja.Object)
	exportsV, err := fn(goja.Undefined(), m.native(), global)
	if err != nil {
		return nil, fmt.Errorf("fetch: initialising fetch.js: %w", err)
	}
	exports := exportsV.ToObject(rt)
	m.newNetResponse, ok = goja.AssertFunction(exports.Get("newNetResponse"))
	if !ok {
		return nil, fmt.Errorf("fetch: fetch.js has no newNetResponse")
	}
	_ = exports.Delete("newNetResponse")
	m.serverHooks, _ = exports.Get("serverHooks").(*goja.Object)
	_ = exports.Delete("serverHooks")
	if f, ok := exports.Get("fetch").(*goja.Object); ok {
		_ = f.DefineDataProperty("name", rt.ToValue("fetch"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	return exports, nil
}

// native is the object of Go functions fetch.js calls.
func (m *Module) native() *goja.Object {
	rt := m.rt
	o, set := natives.Object(rt)
	set("send", m.jsSend)
	set("upload", m.jsUpload)
	set("uploadEnd", m.jsUploadEnd)
	set("abort", m.jsAbort)
	set("headers", m.jsHeaders)
	set("pull", m.jsPull)
	set("readAll", m.jsReadAll)
	set("cancel", m.jsCancel)
	set("bufferedAll", m.jsBufferedAll)
	set("encode", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer([]byte(c.Argument(0).String())))
	})
	set("decode", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(decodeUTF8(m.bytesOf(c.Argument(0))))
	})
	return o
}

// bytesOf returns the bytes of a Uint8Array (shared, not copied) or ArrayBuffer.
func (m *Module) bytesOf(v goja.Value) []byte {
	switch x := v.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	}
	return nil
}

// exchangeOf returns the exchange a JS handle stands for.
func exchangeOf(v goja.Value) *exchange {
	if v == nil {
		return nil
	}
	ex, _ := v.Export().(*exchange)
	return ex
}

// hostPort is what the permission policy is asked about: host:port with the scheme's
// default port filled in.
func hostPort(u *url.URL) string {
	port := u.Port()
	if port == "" {
		if u.Scheme == "https" {
			port = "443"
		} else {
			port = "80"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// parseHref parses a URL fetch.js has already serialized, through a small cache (a
// script fetching one URL many times parses it once). The result must not be changed.
func (m *Module) parseHref(href string) (*url.URL, error) {
	if u, ok := m.urlCache[href]; ok {
		return u, nil
	}
	u, err := url.Parse(href)
	if err != nil {
		if u = opaqueURL(href); u == nil {
			return nil, err
		}
	}
	if len(m.urlCache) >= 256 {
		clear(m.urlCache)
	}
	m.urlCache[href] = u
	return u, nil
}

// permissionDenied is the JS error of a denial: name PermissionDenied, code
// ERR_ACCESS_DENIED, the policy's message.
func (m *Module) permissionDenied(err error) *goja.Object {
	rt := m.rt
	e, _ := rt.New(m.errorCtor, rt.ToValue(err.Error()))
	if e == nil {
		e = rt.NewTypeError(err.Error())
	}
	natives.Denied(rt, e)
	eventloop.AttachGoError(rt, e, err)
	return e
}

// opaqueURL is a URL Go's parser refuses but WHATWG's accepted (a stray "%" in the
// path, say): its path and query are sent as they are, in the absolute form.
func opaqueURL(href string) *url.URL {
	scheme, rest, ok := strings.Cut(href, "://")
	if !ok {
		return nil
	}
	rest, _, _ = strings.Cut(rest, "#")
	end := strings.IndexAny(rest, "/?")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	path, query, _ := strings.Cut(rest[end:], "?")
	if host == "" || strings.ContainsAny(host, "@ ") {
		return nil
	}
	return &url.URL{Scheme: scheme, Host: host, Opaque: "//" + host + path, RawQuery: query}
}
