package fetch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// Tuning of the body path.
const (
	// prefetchMax is how much of a body the exchange reads before it posts the response
	// to the loop: a body this small arrives with its response in one completion.
	prefetchMax = 64 << 10
	// headerGrace is how long the exchange waits for that first part of the body
	// before posting the response without it (so a server that sends its headers and
	// then stalls does not hold the response back).
	headerGrace = 5 * time.Millisecond
	// chunkSize is the largest chunk one read of a streamed body gives.
	chunkSize = 64 << 10
	// maxRedirects is undici's limit: the 21st redirect fails.
	maxRedirects = 20
)

// Redirect modes, as fetch.js numbers them.
const (
	redirectFollow = 0
	redirectError  = 1
	redirectManual = 2
)

// Body kinds of readAll, as fetch.js numbers them.
const (
	kindText        = 1
	kindArrayBuffer = 2
	kindBytes       = 3
)

var (
	errAborted   = errors.New("fetch: aborted")
	errCancelled = errors.New("fetch: body cancelled")
	errFinished  = errors.New("fetch: exchange finished")
)

var scratchPool = sync.Pool{New: func() any { b := make([]byte, chunkSize); return &b }}

// exchange is one fetch: the request, its response and the response body. Fields are
// owned by the loop goroutine unless marked otherwise.
type exchange struct {
	m        *Module
	ctx      context.Context // the HTTP exchange's; cancelled by abort, cancel, the loop stopping
	cancel   context.CancelCauseFunc
	method   string
	redirect int
	// hasBody says the request has a body (bytes in reqBody, or streamed through upload);
	// after jsSend only the exchange's goroutine changes it (a 303 drops the body).
	hasBody bool
	reqBody []byte
	upload  *upload // the body the script streams; nil when it is in reqBody
	// uploadLength is the Content-Length the script gave a streamed body; -1: none
	// (the body goes chunked).
	uploadLength int64

	// set by the goroutine before it posts the response, read on the loop after
	status     int
	statusText string
	finalURL   string
	redirected bool
	header     http.Header
	nullBody   bool

	resolve, reject func(any) error
	self            goja.Value // the exchange as a JS value (the handle fetch.js holds)
	onDone          goja.Callable
	settled         bool       // the fetch promise has settled
	networkDone     bool       // the network side is over: onDone called, context released
	abortReason     goja.Value // set when the signal aborted
	jsResp          goja.Value // the Response made for the exchange

	// the body, loop side, after the response was posted
	buf      []byte // data that arrived and was not handed to JS yet
	eof      bool   // nothing more comes after buf
	bodyErr  error  // the read failed after buf
	pulling  bool   // a demand is with the goroutine
	canceled bool   // the script cancelled the body

	// the goroutine side
	state  atomic.Int32 // stateReading, then stateDelivered or stateEarly
	demand chan *pullReq
}

const (
	stateReading   = 0 // reading the first part of the body
	stateDelivered = 1 // posted with that part
	stateEarly     = 2 // posted without it, by the grace timer
)

// pullReq is one read of a streamed body, handed to the exchange's goroutine.
type pullReq struct {
	all      bool // read to the end (text() and friends) rather than one chunk
	kind     int  // for all: kindText, kindArrayBuffer or kindBytes
	prefix   []byte
	complete eventloop.Completion
	resolve  func(any) error
	reject   func(any) error

	// results, set by the goroutine
	data []byte
	text string
	eof  bool
	err  error
}

// jsSend is native.send(method, href, headers, body, redirect, onDone): it starts an
// exchange and returns its promise, or [promise, handle] when onDone is a function.
func (m *Module) jsSend(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := &exchange{m: m, resolve: resolve, reject: reject}
	ex.method = c.Argument(0).String()
	href := c.Argument(1).String()
	ex.redirect = int(c.Argument(4).ToInteger())
	if fn, ok := goja.AssertFunction(c.Argument(5)); ok {
		ex.onDone = fn
	}
	result := func() goja.Value {
		if ex.onDone == nil {
			return rt.ToValue(p)
		}
		return rt.NewArray(p, ex.handle())
	}
	u, err := m.parseHref(href)
	if err != nil {
		ex.fail(&netError{name: "TypeError", message: "Invalid URL", err: err})
		return result()
	}
	switch u.Scheme {
	case "http", "https":
	case "data":
		ex.dataURL(href)
		return result()
	case "about":
		ex.fail(&netError{message: "about scheme is not supported"})
		return result()
	case "blob":
		ex.fail(&netError{message: "invalid method"})
		return result()
	case "file":
		ex.fail(&netError{message: "not implemented... yet..."})
		return result()
	default:
		ex.fail(&netError{message: "unknown scheme"})
		return result()
	}
	if badPort(u) {
		ex.fail(&netError{message: "bad port"})
		return result()
	}
	if err := m.policy.CheckNet(hostPort(u)); err != nil {
		ex.fail(err)
		return result()
	}
	header, host, length := m.requestHeader(c.Argument(2))
	switch b := c.Argument(3).Export().(type) {
	case nil:
	case bool: // true: fetch.js streams the body (native.upload)
		ex.hasBody, ex.upload, ex.uploadLength = true, newUpload(), length
	case string:
		ex.hasBody, ex.reqBody = true, []byte(b)
	case []byte:
		ex.hasBody, ex.reqBody = true, bytes.Clone(b)
	case goja.ArrayBuffer:
		ex.hasBody, ex.reqBody = true, bytes.Clone(b.Bytes())
	default:
		ex.hasBody, ex.reqBody = true, []byte(c.Argument(3).String())
	}
	ex.ctx, ex.cancel = context.WithCancelCause(m.loop.Context())
	ex.demand = make(chan *pullReq, 1)
	req := ex.newRequest(ex.method, u, header, host)
	complete := m.loop.Hold()
	go ex.run(req, complete)
	return result()
}

// handle returns the JS value fetch.js keeps for the exchange.
func (ex *exchange) handle() goja.Value {
	if ex.self == nil {
		ex.self = ex.m.rt.ToValue(ex)
	}
	return ex.self
}

// defaultHeader is what undici sends when the script does not say otherwise. It is
// shared by requests that add nothing to it, so it must never be changed.
var defaultHeader = http.Header{
	"Accept":          {"*/*"},
	"Accept-Language": {"*"},
	"Sec-Fetch-Mode":  {"cors"},
	"User-Agent":      {"node"},
	"Accept-Encoding": {"gzip, deflate"},
}

// requestHeader makes the Go header of a flat [name, value, ...] JS array (or
// undefined), with undici's defaults for what it lacks, the Host it names, and the
// Content-Length it gives (-1: none or not a number), which only a streamed body uses.
func (m *Module) requestHeader(v goja.Value) (http.Header, string, int64) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return defaultHeader, "", -1
	}
	var flat []string
	if err := m.rt.ExportTo(v, &flat); err != nil || len(flat) == 0 {
		return defaultHeader, "", -1
	}
	h := make(http.Header, len(flat)/2+len(defaultHeader))
	host := ""
	length := int64(-1)
	for i := 0; i+1 < len(flat); i += 2 {
		key := http.CanonicalHeaderKey(flat[i])
		switch key {
		case "Host":
			host = flat[i+1]
			continue
		case "Content-Length":
			if n, err := strconv.ParseInt(strings.TrimSpace(flat[i+1]), 10, 64); err == nil && n >= 0 {
				length = n
			}
			continue // net/http frames the body itself
		case "Transfer-Encoding", "Keep-Alive":
			continue
		}
		h[key] = append(h[key], flat[i+1])
	}
	for k, vs := range defaultHeader {
		if _, ok := h[k]; !ok {
			h[k] = vs
		}
	}
	return h, host, length
}

func (ex *exchange) newRequest(method string, u *url.URL, header http.Header, host string) *http.Request {
	uu := *u
	uu.Fragment, uu.RawFragment = "", ""
	req := &http.Request{
		Method:     method,
		URL:        &uu,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     header,
		Host:       uu.Host,
	}
	if host != "" {
		req.Host = host
	}
	if ex.hasBody && ex.upload != nil {
		req.Body, req.ContentLength = ex.upload.r, ex.uploadLength
	} else if ex.hasBody {
		body := ex.reqBody
		req.ContentLength = int64(len(body))
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		if len(body) == 0 {
			req.Body = http.NoBody
			req.GetBody = func() (io.ReadCloser, error) { return http.NoBody, nil }
		}
	}
	return req.WithContext(ex.ctx)
}

// run is the exchange's goroutine: the request with its redirects, then the first
// part of the body, then (for a larger body) the reads the script asks for.
func (ex *exchange) run(req *http.Request, complete eventloop.Completion) {
	resp, err := ex.roundTrips(req)
	if err != nil {
		ex.cancel(err)
		_ = complete(func(*goja.Runtime) error { ex.fail(err); return nil })
		return
	}
	ex.status = resp.StatusCode
	ex.statusText = strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	ex.finalURL = withoutFragment(resp.Request.URL)
	ex.header = resp.Header
	if ex.method == http.MethodHead || nullBodyStatus(resp.StatusCode) {
		ex.nullBody = true
		_ = resp.Body.Close()
		ex.cancel(errFinished)
		_ = complete(func(*goja.Runtime) error { ex.deliver(nil, true, nil); return nil })
		return
	}
	rc := decodeBody(resp, ex.method)

	// Read the first part of the body. If it is slow to come, the grace timer posts the
	// response with what has arrived so far, and the rest streams.
	var buf []byte
	var scratch *[]byte
	if n := resp.ContentLength; n >= 0 && n <= prefetchMax && rc == resp.Body {
		buf = make([]byte, n)
	} else {
		scratch = scratchPool.Get().(*[]byte)
		buf = *scratch
	}
	var mu sync.Mutex // guards n and taken against the timer
	n, taken := 0, 0
	timer := time.AfterFunc(headerGrace, func() {
		mu.Lock()
		if !ex.state.CompareAndSwap(stateReading, stateEarly) {
			mu.Unlock()
			return
		}
		var data []byte
		if n > 0 {
			data = bytes.Clone(buf[:n])
		}
		taken = n
		mu.Unlock()
		_ = complete(func(*goja.Runtime) error { ex.deliver(data, false, nil); return nil })
	})
	eof := false
	var rerr error
	for n < len(buf) {
		k, err := rc.Read(buf[n:])
		mu.Lock()
		n += k
		mu.Unlock()
		if err == io.EOF {
			eof = true
			break
		}
		if err != nil {
			rerr = err
			break
		}
		if ex.state.Load() == stateEarly {
			break
		}
	}
	if !eof && rerr == nil && n == len(buf) && scratch == nil {
		// A known length read in full, the end not seen yet: at the limit a read gives
		// EOF without waiting.
		var one [1]byte
		k, err := rc.Read(one[:])
		if k > 0 {
			buf = append(buf, one[:k]...)
			mu.Lock()
			n += k
			mu.Unlock()
		}
		if err == io.EOF {
			eof = true
		} else if err != nil {
			rerr = err
		}
	}
	mu.Lock()
	delivered := ex.state.CompareAndSwap(stateReading, stateDelivered)
	data := buf[taken:n]
	mu.Unlock()
	if scratch != nil {
		data = bytes.Clone(data)
		scratchPool.Put(scratch)
	}
	if delivered {
		timer.Stop()
		if eof || rerr != nil {
			_ = rc.Close()
			ex.cancel(errFinished)
		}
		_ = complete(func(*goja.Runtime) error { ex.deliver(data, eof, rerr); return nil })
		if eof || rerr != nil {
			return
		}
		ex.pump(rc, nil, false, nil)
		return
	}
	// The response went out with what had arrived by then; the rest is the first thing
	// to hand over.
	ex.pump(rc, data, eof, rerr)
}

// roundTrips sends req and follows redirects as the request's mode says, checking the
// permission policy and the port of every hop.
func (ex *exchange) roundTrips(req *http.Request) (*http.Response, error) {
	for redirects := 0; ; {
		resp, err := ex.m.client.Do(req)
		if err != nil {
			return nil, err
		}
		if !isRedirect(resp.StatusCode) || ex.redirect == redirectManual {
			return resp, nil
		}
		loc := resp.Header.Get("Location")
		if loc == "" {
			return resp, nil
		}
		discard(resp)
		if ex.redirect == redirectError {
			return nil, &netError{message: "unexpected redirect"}
		}
		next, err := req.URL.Parse(loc)
		if err != nil {
			return nil, &netError{name: "TypeError", message: "Invalid URL", err: err}
		}
		if next.Scheme != "http" && next.Scheme != "https" {
			return nil, &netError{message: "URL scheme must be a HTTP(S) scheme"}
		}
		if redirects == maxRedirects {
			return nil, &netError{message: "redirect count exceeded"}
		}
		redirects++
		if badPort(next) {
			return nil, &netError{message: "bad port"}
		}
		if err := ex.m.policy.CheckNet(hostPort(next)); err != nil {
			return nil, err
		}
		method, header := req.Method, req.Header
		changed := false
		if (resp.StatusCode == 301 || resp.StatusCode == 302) && method == http.MethodPost ||
			resp.StatusCode == 303 && method != http.MethodGet && method != http.MethodHead {
			method = http.MethodGet
			ex.hasBody, ex.reqBody = false, nil
			if ex.upload != nil {
				// The script's writes fail: nobody reads them. (ex.upload itself stays: the
				// loop goroutine reads it; hasBody, which only this goroutine touches now,
				// says the body is no longer sent.)
				_ = ex.upload.r.CloseWithError(errFinished)
			}
			header = header.Clone()
			changed = true
			for _, k := range []string{"Content-Encoding", "Content-Language", "Content-Location", "Content-Type", "Content-Length"} {
				header.Del(k)
			}
		}
		if ex.hasBody && ex.upload != nil {
			// The body went out as it was streamed and cannot be sent again (the fetch
			// standard's network error for a redirect of a body with no source).
			return nil, &netError{message: "redirect of a request with a streamed body"}
		}
		if !sameOrigin(req.URL, next) {
			if !changed {
				header = header.Clone()
			}
			for _, k := range []string{"Authorization", "Proxy-Authorization", "Cookie", "Host"} {
				header.Del(k)
			}
		}
		if next.Fragment == "" && req.URL.Fragment != "" {
			next.Fragment = req.URL.Fragment
		}
		ex.redirected = true
		host := ""
		if sameOrigin(req.URL, next) && req.Host != req.URL.Host {
			host = req.Host
		}
		req = ex.newRequest(method, next, header, host)
	}
}

// discard drains a little of a response we do not use, so its connection can be
// reused, and closes it.
func discard(resp *http.Response) {
	_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
	_ = resp.Body.Close()
}

func isRedirect(code int) bool {
	switch code {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

func nullBodyStatus(code int) bool {
	switch code {
	case 101, 103, 204, 205, 304:
		return true
	}
	return false
}

func sameOrigin(a, b *url.URL) bool {
	return a.Scheme == b.Scheme && strings.EqualFold(a.Hostname(), b.Hostname()) && effectivePort(a) == effectivePort(b)
}

func effectivePort(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "https" {
		return "443"
	}
	return "80"
}

func withoutFragment(u *url.URL) string {
	if u.Fragment == "" && u.RawFragment == "" {
		return u.String()
	}
	uu := *u
	uu.Fragment, uu.RawFragment = "", ""
	return uu.String()
}

// pump serves the script's reads of a streamed body until it ends, fails or is
// cancelled. pending is data (and its end or error) read before the first read.
func (ex *exchange) pump(rc io.ReadCloser, pending []byte, pendingEOF bool, pendingErr error) {
	defer rc.Close()
	for {
		select {
		case req := <-ex.demand:
			if req.all {
				ex.readRest(rc, req, pending, pendingEOF, pendingErr)
				return
			}
			switch {
			case len(pending) > 0 || pendingEOF || pendingErr != nil:
				req.data, req.eof, req.err = pending, pendingEOF, pendingErr
				pending, pendingEOF, pendingErr = nil, false, nil
			default:
				req.data, req.eof, req.err = readChunk(rc)
			}
			done := req.eof || req.err != nil
			if done {
				ex.cancel(errFinished)
			}
			_ = req.complete(func(*goja.Runtime) error { ex.chunkDone(req); return nil })
			if done {
				return
			}
		case <-ex.ctx.Done():
			// Reads asked for before the cancel still get an answer (an error).
			for {
				select {
				case req := <-ex.demand:
					req.err = context.Cause(ex.ctx)
					_ = req.complete(func(*goja.Runtime) error {
						if req.all {
							ex.allDone(req)
						} else {
							ex.chunkDone(req)
						}
						return nil
					})
				default:
					return
				}
			}
		}
	}
}

func readChunk(rc io.Reader) ([]byte, bool, error) {
	scratch := scratchPool.Get().(*[]byte)
	defer scratchPool.Put(scratch)
	for {
		n, err := rc.Read(*scratch)
		if err == io.EOF {
			return bytes.Clone((*scratch)[:n]), true, nil
		}
		if n > 0 || err != nil {
			return bytes.Clone((*scratch)[:n]), false, err
		}
	}
}

// readRest reads the whole rest of the body for text(), json(), arrayBuffer(), bytes().
func (ex *exchange) readRest(rc io.Reader, req *pullReq, pending []byte, pendingEOF bool, pendingErr error) {
	var b bytes.Buffer
	b.Write(req.prefix)
	b.Write(pending)
	err := pendingErr
	if !pendingEOF && err == nil {
		_, err = b.ReadFrom(rc)
	}
	ex.cancel(errFinished)
	req.err = err
	if err == nil {
		if req.kind == kindText {
			req.text = decodeUTF8(b.Bytes())
		} else {
			req.data = b.Bytes()
		}
	}
	_ = req.complete(func(*goja.Runtime) error { ex.allDone(req); return nil })
}

// ---- loop side

// fail rejects the fetch with err (a network error, a denial), unless it settled.
func (ex *exchange) fail(err error) {
	if !ex.settled {
		ex.settled = true
		_ = ex.reject(ex.m.fetchError(err))
	}
	ex.finishNetwork()
}

// deliver resolves the fetch with a Response for the head that arrived and data, the
// first part of its body (all of it when eof).
func (ex *exchange) deliver(data []byte, eof bool, err error) {
	if ex.settled {
		// Aborted while the response was on its way; its context is cancelled, so the
		// goroutine ends by itself.
		return
	}
	ex.settled = true
	ex.buf, ex.eof, ex.bodyErr = data, eof, err
	m := ex.m
	rt := m.rt
	resp, callErr := m.newNetResponse(goja.Undefined(), ex.handle(), rt.ToValue(ex.status), rt.ToValue(ex.statusText),
		rt.ToValue(ex.finalURL), rt.ToValue(ex.redirected), rt.ToValue(!ex.nullBody))
	if callErr != nil {
		_ = ex.reject(exceptionValue(rt, callErr))
		ex.finishNetwork()
		return
	}
	ex.jsResp = resp
	_ = ex.resolve(resp)
	if eof || err != nil {
		ex.finishNetwork()
	}
}

// finishNetwork ends the network side once: the context is released and onDone (which
// removes the abort listener) is called.
func (ex *exchange) finishNetwork() {
	if ex.networkDone {
		return
	}
	ex.networkDone = true
	if ex.cancel != nil {
		ex.cancel(errFinished)
	}
	if ex.upload != nil {
		// A body still being streamed is not read any more: its pending write fails,
		// and the script's stream is cancelled.
		_ = ex.upload.r.CloseWithError(errFinished)
	}
	if ex.onDone != nil {
		_, _ = ex.onDone(goja.Undefined())
	}
}

// bodyError is what a failed body read rejects with: the abort reason, or undici's
// TypeError('terminated') with the cause.
func (ex *exchange) bodyError(err error) goja.Value {
	if ex.abortReason != nil {
		return ex.abortReason
	}
	m := ex.m
	return m.newError(m.typeErrorCtor, "TypeError", "terminated", m.causeValue(classify(err)))
}

// jsAbort is native.abort(handle, reason), called when the fetch's signal aborts. It
// rejects a pending fetch with reason and cancels the exchange; it returns the Response
// if its body was still arriving (fetch.js then errors the body's stream), else
// undefined.
func (m *Module) jsAbort(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.networkDone {
		return goja.Undefined()
	}
	ex.abortReason = c.Argument(1)
	if ex.cancel != nil {
		ex.cancel(errAborted)
	}
	if !ex.settled {
		ex.settled = true
		_ = ex.reject(ex.abortReason)
		ex.finishNetwork()
		return goja.Undefined()
	}
	ex.buf = nil
	ex.finishNetwork()
	if ex.jsResp == nil {
		return goja.Undefined()
	}
	return ex.jsResp
}

// jsHeaders is native.headers(handle): the response's header as a flat array of
// lower-case names and values, sorted by name.
func (m *Module) jsHeaders(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		return m.rt.NewArray()
	}
	keys := make([]string, 0, len(ex.header))
	for k := range ex.header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	flat := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		lk := strings.ToLower(k)
		for _, v := range ex.header[k] {
			flat = append(flat, lk, v)
		}
	}
	return m.rt.NewArray(flat...)
}

// jsPull is native.pull(handle): a promise of the body's next chunk (an ArrayBuffer),
// or null at its end.
func (m *Module) jsPull(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	switch {
	case ex == nil:
		_ = resolve(goja.Null())
	case len(ex.buf) > 0:
		data := ex.buf
		ex.buf = nil
		_ = resolve(rt.NewArrayBuffer(data))
	case ex.eof || ex.canceled:
		_ = resolve(goja.Null())
		ex.finishNetwork()
	case ex.abortReason != nil:
		_ = reject(ex.abortReason)
	case ex.bodyErr != nil:
		err := ex.bodyErr
		ex.bodyErr = nil
		ex.canceled = true
		_ = reject(ex.bodyError(err))
		ex.finishNetwork()
	default:
		ex.ask(&pullReq{resolve: resolve, reject: reject})
	}
	return rt.ToValue(p)
}

// ask hands a read to the exchange's goroutine, keeping the loop alive until it is
// answered.
func (ex *exchange) ask(req *pullReq) {
	req.complete = ex.m.loop.Hold()
	ex.pulling = true
	select {
	case ex.demand <- req:
	default:
		ex.pulling = false
		_ = req.complete(func(*goja.Runtime) error {
			_ = req.reject(ex.m.rt.NewTypeError("fetch: a body read is already pending"))
			return nil
		})
	}
}

// chunkDone settles a chunk read on the loop.
func (ex *exchange) chunkDone(req *pullReq) {
	ex.pulling = false
	rt := ex.m.rt
	if ex.canceled && ex.abortReason == nil {
		_ = req.resolve(goja.Null())
		return
	}
	if req.err != nil {
		ex.canceled = true
		_ = req.reject(ex.bodyError(req.err))
		ex.finishNetwork()
		return
	}
	if ex.abortReason != nil {
		_ = req.reject(ex.abortReason)
		return
	}
	if req.eof {
		ex.eof = true
	}
	if len(req.data) > 0 {
		_ = req.resolve(rt.NewArrayBuffer(req.data))
	} else {
		_ = req.resolve(goja.Null())
	}
	if req.eof {
		ex.finishNetwork()
	}
}

// jsReadAll is native.readAll(handle, kind): a promise of the rest of the body as a
// string (kindText) or an ArrayBuffer.
func (m *Module) jsReadAll(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	kind := int(c.Argument(1).ToInteger())
	req := &pullReq{all: true, kind: kind, resolve: resolve, reject: reject}
	switch {
	case ex == nil:
		req.data = nil
		m.settleAll(req)
	case ex.eof || ex.canceled:
		req.data = ex.buf
		ex.buf = nil
		if kind == kindText {
			req.text = decodeUTF8(req.data)
		}
		m.settleAll(req)
		ex.finishNetwork()
	case ex.abortReason != nil:
		_ = reject(ex.abortReason)
	case ex.bodyErr != nil:
		err := ex.bodyErr
		ex.bodyErr = nil
		_ = reject(ex.bodyError(err))
		ex.finishNetwork()
	default:
		req.prefix = ex.buf
		ex.buf = nil
		ex.ask(req)
	}
	return rt.ToValue(p)
}

func (ex *exchange) allDone(req *pullReq) {
	ex.pulling = false
	if req.err != nil || ex.abortReason != nil {
		err := req.err
		if err == nil {
			err = errAborted
		}
		_ = req.reject(ex.bodyError(err))
		ex.finishNetwork()
		return
	}
	ex.eof = true
	ex.m.settleAll(req)
	ex.finishNetwork()
}

func (m *Module) settleAll(req *pullReq) {
	rt := m.rt
	if req.kind == kindText {
		_ = req.resolve(rt.ToValue(req.text))
		return
	}
	data := req.data
	if data == nil {
		data = []byte{}
	}
	_ = req.resolve(rt.NewArrayBuffer(data))
}

// jsCancel is native.cancel(handle, reason): the script cancelled the body's stream.
func (m *Module) jsCancel(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.canceled {
		return goja.Undefined()
	}
	ex.canceled = true
	ex.buf = nil
	if ex.cancel != nil {
		ex.cancel(errCancelled)
	}
	ex.finishNetwork()
	return goja.Undefined()
}

// jsBufferedAll is native.bufferedAll(handle): the whole body as an ArrayBuffer when
// all of it has arrived and none was read yet (clone() then needs no stream), else
// undefined.
func (m *Module) jsBufferedAll(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || !ex.eof || ex.canceled || ex.pulling {
		return goja.Undefined()
	}
	data := ex.buf
	ex.buf = nil
	ex.canceled = true
	if data == nil {
		data = []byte{}
	}
	return m.rt.ToValue(m.rt.NewArrayBuffer(data))
}

// ---- content codings

// decodeBody undoes the response's Content-Encoding as undici does (gzip, x-gzip,
// deflate; a coding it does not know leaves the body as it is). The decoders start on
// the first read, so that posting the response does not wait for the body.
func decodeBody(resp *http.Response, method string) io.ReadCloser {
	ce := resp.Header.Values("Content-Encoding")
	if len(ce) == 0 || method == http.MethodHead || method == http.MethodConnect {
		return resp.Body
	}
	var codings []string
	for _, v := range ce {
		for _, c := range strings.Split(v, ",") {
			if c = strings.ToLower(strings.TrimSpace(c)); c != "" {
				codings = append(codings, c)
			}
		}
	}
	var r io.Reader = resp.Body
	for i := len(codings) - 1; i >= 0; i-- {
		switch codings[i] {
		case "gzip", "x-gzip":
			r = &lazyReader{src: r, open: func(src io.Reader) (io.Reader, error) { return gzip.NewReader(src) }}
		case "deflate":
			r = &lazyReader{src: r, open: openDeflate}
		case "identity":
		default:
			return resp.Body
		}
	}
	return &decodedBody{Reader: r, closer: resp.Body}
}

type decodedBody struct {
	io.Reader
	closer io.Closer
}

func (d *decodedBody) Close() error { return d.closer.Close() }

// lazyReader opens its decoder on the first read.
type lazyReader struct {
	src  io.Reader
	open func(io.Reader) (io.Reader, error)
	r    io.Reader
	err  error
}

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil && l.err == nil {
		l.r, l.err = l.open(l.src)
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.r.Read(p)
}

// openDeflate reads zlib-wrapped deflate, or raw deflate as some servers send.
func openDeflate(src io.Reader) (io.Reader, error) {
	br := bufio.NewReader(src)
	b, err := br.Peek(1)
	if err != nil {
		return nil, err
	}
	if b[0]&0x0f == 0x08 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}
