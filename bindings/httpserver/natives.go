package httpserver

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// start runs on the loop: the request goes to the script's dispatch function.
func (ex *exchange) start(rt *goja.Runtime) error {
	ex.mu.Lock()
	left := ex.left
	ex.mu.Unlock()
	if left { // the client went away while the request waited
		ex.finishJS()
		return nil
	}
	s := ex.s
	if !s.node {
		// The handler's info is the handle; serve.js asks for the request line
		// (requestLine) if the handler looks at its request.
		ex.handle = s.m.newInfo(ex)
		_, err := s.dispatch(goja.Undefined(), ex.handle)
		return err
	}
	ex.handle = rt.ToValue(ex)
	_, err := s.dispatch(goja.Undefined(), ex.handle, rt.ToValue(ex.r.Method), rt.ToValue(ex.r.RequestURI),
		ex.takeBody(rt))
	return err
}

// takeBody is the request body as the JS side gets it: an ArrayBuffer when it was read
// whole (given once), true when it is read on demand, or null.
func (ex *exchange) takeBody(rt *goja.Runtime) goja.Value {
	switch {
	case ex.body != nil:
		b := rt.NewArrayBuffer(ex.body)
		ex.body = nil
		return rt.ToValue(b)
	case ex.streamed:
		return rt.ToValue(true)
	}
	return goja.Null()
}

// jsRequestLine is native.requestLine(handle): [method, url, body] of a serve()
// request, the url absolute, the body as takeBody gives it.
func (m *Module) jsRequestLine(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		return goja.Undefined()
	}
	return m.rt.NewArray(ex.r.Method, ex.fullURL(), ex.takeBody(m.rt))
}

// fullURL is the request's URL as serve() gives it: http://host/path?query.
func (ex *exchange) fullURL() string {
	uri := ex.r.RequestURI
	if strings.HasPrefix(uri, "http://") || strings.HasPrefix(uri, "https://") {
		return uri // the absolute form a proxy is sent
	}
	host := ex.r.Host
	if host == "" {
		host = ex.s.l.addr.String()
	}
	if uri == "" || uri[0] != '/' {
		uri = "/" + uri
	}
	return "http://" + host + uri
}

// finishJS records that the script is done with the response: its slot is free.
func (ex *exchange) finishJS() {
	if !ex.jsDone {
		ex.jsDone = true
		ex.s.release()
	}
}

// jsRespond is native.respond(handle, status, headers, body): the whole response, with
// headers a flat [name, value, ...] array (null: the text content type alone) and body
// null, a string or a Uint8Array.
func (m *Module) jsRespond(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.replied {
		return goja.Undefined()
	}
	ex.replied = true
	o := op{kind: opReply, status: int(c.Argument(1).ToInteger())}
	length := -1
	switch b := c.Argument(3).Export().(type) {
	case string:
		o.text = b
		length = len(b)
	case []byte:
		o.data = b
		length = len(b)
	}
	flat := c.Argument(2)
	ex.push(o, &responseHead{flat: flat, length: length})
	ex.finishJS()
	return goja.Undefined()
}

// jsHead is native.head(handle, status, headers): the head of a response whose body
// streams (write, then end).
func (m *Module) jsHead(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.replied {
		return goja.Undefined()
	}
	ex.replied = true
	flat := c.Argument(2)
	ex.push(op{kind: opHead, status: int(c.Argument(1).ToInteger())}, &responseHead{flat: flat, length: -1})
	return goja.Undefined()
}

// jsWrite is native.write(handle, chunk): a promise that resolves when the chunk (a
// string or a Uint8Array) was written and flushed, and rejects if the client is gone.
func (m *Module) jsWrite(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		_ = reject(m.bodyError(ErrClientGone))
		return rt.ToValue(p)
	}
	o := op{kind: opWrite, resolve: resolve, reject: reject}
	switch b := c.Argument(1).Export().(type) {
	case string:
		o.text = b
	case []byte:
		o.data = b
	}
	m.pushAsync(ex, o)
	return rt.ToValue(p)
}

// pushAsync pushes an op whose result the loop waits for, holding the loop alive until
// it comes; a goroutine that has left fails it at once.
func (m *Module) pushAsync(ex *exchange, o op) {
	o.complete = m.loop.Hold()
	if !ex.push(o, nil) {
		o.err = ErrClientGone
		ex.finishOp(&o)
	}
}

// jsEnd is native.end(handle, wantPromise): the end of a streamed body. With
// wantPromise it returns a promise that resolves when all was written.
func (m *Module) jsEnd(c goja.FunctionCall) goja.Value {
	rt := m.rt
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		return goja.Undefined()
	}
	ex.finishJS()
	if !c.Argument(1).ToBoolean() {
		ex.push(op{kind: opEnd}, nil)
		return goja.Undefined()
	}
	p, resolve, reject := rt.NewPromise()
	m.pushAsync(ex, op{kind: opEnd, resolve: resolve, reject: reject})
	return rt.ToValue(p)
}

// jsAbort is native.abort(handle): the response failed half-way; the connection is
// cut so that the client does not take a truncated body for a whole one.
func (m *Module) jsAbort(c goja.FunctionCall) goja.Value {
	if ex := exchangeOf(c.Argument(0)); ex != nil {
		ex.push(op{kind: opAbort}, nil)
		ex.finishJS()
	}
	return goja.Undefined()
}

// textContentType is the header of new Response(string), which serve.js passes as null
// headers. net/http only reads the slices of a response header, so one is shared.
var textContentType = []string{"text/plain;charset=UTF-8"}

// fillHeader copies a flat [name, value, ...] array into h (null: the text content
// type alone), and sets Content-Length when the body's length is known (length >= 0)
// and is more than net/http counts by itself (it counts what the handler wrote before
// it returned, when that fits in its buffer, for HEAD requests too).
func (m *Module) fillHeader(h http.Header, flat goja.Value, length int) {
	if goja.IsNull(flat) {
		h["Content-Type"] = textContentType
	} else if obj, ok := flat.(*goja.Object); ok {
		arr, _ := obj.Export().([]any)
		for i := 0; i+1 < len(arr); i += 2 {
			name, _ := arr[i].(string)
			value, _ := arr[i+1].(string)
			k := m.canonical(name)
			h[k] = append(h[k], latin1(value))
		}
	}
	if length < 0 {
		return
	}
	if _, te := h["Transfer-Encoding"]; te || length > countedBodyMax {
		delete(h, "Transfer-Encoding")
		h["Content-Length"] = []string{strconv.Itoa(length)}
	}
}

// countedBodyMax is the longest body net/http is sure to count for Content-Length: it
// buffers 2048 bytes before it sends the header.
const countedBodyMax = 1024

// canonical is http.CanonicalHeaderKey(name), remembered for the names seen before.
func (m *Module) canonical(name string) string {
	return m.remembered(name, name, http.CanonicalHeaderKey)
}

// remembered is f(name), kept in m.canon under key for the next time; the cache is
// emptied when it grows past 1024 entries.
func (m *Module) remembered(key, name string, f func(string) string) string {
	if v, ok := m.canon[key]; ok {
		return v
	}
	v := f(name)
	if len(m.canon) >= 1024 {
		clear(m.canon)
	}
	m.canon[key] = v
	return v
}

// latin1 turns a JS byte string (every character below 256) into the bytes it
// stands for, as Node and undici send header values; UTF-8 from Go's export of the
// string is undone.
func latin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				if r < 0x100 {
					b = append(b, byte(r))
				} else {
					b = utf8.AppendRune(b, r)
				}
			}
			return string(b)
		}
	}
	return s
}

// jsHeaders is native.headers(handle): the request's header as a flat array of
// lower-case names and values, host first.
func (m *Module) jsHeaders(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		return m.rt.NewArray()
	}
	flat := make([]any, 0, 2*len(ex.r.Header)+4)
	if ex.r.Host != "" {
		flat = append(flat, "host", ex.r.Host)
	}
	if te := transferEncoding(ex.r); te != "" {
		flat = append(flat, "transfer-encoding", te)
	}
	for k, vs := range ex.r.Header {
		lk := m.lower(k)
		for _, v := range vs {
			flat = append(flat, lk, v)
		}
	}
	return m.rt.NewArray(flat...)
}

// transferEncoding is the request's Transfer-Encoding header, which Go's parser takes
// out of the header (into r.TransferEncoding) and Node keeps: body parsers look at it
// to tell that a request without a Content-Length has a body.
func transferEncoding(r *http.Request) string {
	return strings.Join(r.TransferEncoding, ", ")
}

// jsRawHeaders is native.rawHeaders(handle): the request's header as Node's
// req.rawHeaders lists it, Host first, then by name (Go's parser keeps neither the
// order nor the case the client sent).
func (m *Module) jsRawHeaders(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil {
		return m.rt.NewArray()
	}
	keys := make([]string, 0, len(ex.r.Header)+1)
	for k := range ex.r.Header {
		keys = append(keys, k)
	}
	te := transferEncoding(ex.r)
	if te != "" {
		keys = append(keys, "Transfer-Encoding")
	}
	sort.Strings(keys)
	flat := make([]any, 0, 2*len(keys)+2)
	if ex.r.Host != "" {
		flat = append(flat, "Host", ex.r.Host)
	}
	for _, k := range keys {
		if k == "Transfer-Encoding" {
			flat = append(flat, k, te)
			continue
		}
		for _, v := range ex.r.Header[k] {
			flat = append(flat, k, v)
		}
	}
	return m.rt.NewArray(flat...)
}

// lower is strings.ToLower of a header name, remembered for the names seen before.
func (m *Module) lower(k string) string {
	return m.remembered("\x00"+k, k, strings.ToLower) // "\x00": apart from canonical's entries
}

// jsWatch is native.watch(handle, fn): fn is called (once, on the loop) if the client
// goes away before the response is complete. It returns true, and keeps nothing, when
// the client is gone already.
func (m *Module) jsWatch(c goja.FunctionCall) goja.Value {
	ex := exchangeOf(c.Argument(0))
	if ex == nil || ex.gone {
		return m.rt.ToValue(true)
	}
	fn, ok := goja.AssertFunction(c.Argument(1))
	if !ok {
		return m.rt.ToValue(false)
	}
	ex.onGone = fn
	return m.rt.ToValue(false)
}

// jsPull is native.pull(handle): a promise of the next chunk of the request body (an
// ArrayBuffer), or null at its end.
func (m *Module) jsPull(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	if ex == nil || !ex.streamed {
		_ = resolve(goja.Null())
		return rt.ToValue(p)
	}
	m.pushAsync(ex, op{kind: opRead, resolve: resolve, reject: reject})
	return rt.ToValue(p)
}

// jsReadAll is native.readAll(handle, kind): a promise of the rest of the request body,
// a string for kind 1 (text), else an ArrayBuffer.
func (m *Module) jsReadAll(c goja.FunctionCall) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	ex := exchangeOf(c.Argument(0))
	text := c.Argument(1).ToInteger() == 1
	if ex == nil || !ex.streamed {
		if text {
			_ = resolve(rt.ToValue(""))
		} else {
			_ = resolve(rt.NewArrayBuffer(nil))
		}
		return rt.ToValue(p)
	}
	m.pushAsync(ex, op{kind: opReadAll, textAll: text, resolve: resolve, reject: reject})
	return rt.ToValue(p)
}

// jsCancel is native.cancel(handle): the script does not want the rest of the body.
func (m *Module) jsCancel(c goja.FunctionCall) goja.Value {
	if ex := exchangeOf(c.Argument(0)); ex != nil && ex.streamed {
		ex.push(op{kind: opCancel}, nil)
	}
	return goja.Undefined()
}

// jsCompleted is native.completed(handle): a promise that resolves when the response
// has been sent in full, and rejects if it could not be.
func (m *Module) jsCompleted(c goja.FunctionCall) goja.Value {
	return m.completed(exchangeOf(c.Argument(0)))
}

// completed is a promise that resolves when ex's response has been sent in full, and
// rejects if it could not be.
func (m *Module) completed(ex *exchange) goja.Value {
	rt := m.rt
	p, resolve, reject := rt.NewPromise()
	if ex == nil {
		_ = resolve(goja.Undefined())
		return rt.ToValue(p)
	}
	settle := func(cause error) {
		if cause == nil {
			_ = resolve(goja.Undefined())
			return
		}
		e := m.newError("HTTP response was not sent successfully")
		_ = e.DefineDataProperty("name", rt.ToValue("Interrupted"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		eventloop.AttachGoError(rt, e, cause)
		_ = reject(e)
	}
	ex.mu.Lock()
	if ex.left {
		cause := ex.outcome
		ex.mu.Unlock()
		settle(cause)
		return rt.ToValue(p)
	}
	complete := m.loop.HoldFor("http")
	ex.onLeave = append(ex.onLeave, func(cause error) {
		_ = complete(func(*goja.Runtime) error { settle(cause); return nil })
	})
	ex.mu.Unlock()
	return rt.ToValue(p)
}
