package httpserver_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/httpserver"
	"github.com/jsloop/jsloop/bindings/perm"
)

func get(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	res, err := http.Get(url)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, res.Header, string(b)
}

func base(port int) string { return "http://127.0.0.1:" + strconv.Itoa(port) }

// sendWithHeader sends a request with one header set and returns the response and its
// body, read whole.
func sendWithHeader(t *testing.T, method, url string, body io.Reader, name, value string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	require.NoError(t, err)
	req.Header.Set(name, value)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(b)
}

func TestServeRequestAndResponse(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const s = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, async (req, info) => {
			const u = new URL(req.url);
			if (req.method === 'POST') {
				const body = await req.text();
				return new Response(req.headers.get('content-type') + ':' + body.length, { status: 201 });
			}
			return Response.json({ path: u.pathname, q: u.searchParams.get('q'), remote: info.remoteAddr.hostname },
				{ headers: { 'x-served-by': 'jsloop' } });
		});
		globalThis.server = s;
	`, runOptions{})
	port := r.port(t)
	status, h, body := get(t, base(port)+"/a/b?q=1")
	assert.Equal(t, 200, status)
	assert.Equal(t, "jsloop", h.Get("X-Served-By"))
	assert.Equal(t, "application/json", h.Get("Content-Type"))
	assert.JSONEq(t, `{"path":"/a/b","q":"1","remote":"127.0.0.1"}`, body)

	for _, size := range []int{5, 200 << 10} { // prefetched and streamed request bodies
		res, err := http.Post(base(port)+"/", "text/plain", strings.NewReader(strings.Repeat("x", size)))
		require.NoError(t, err)
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		assert.Equal(t, 201, res.StatusCode)
		assert.Equal(t, "text/plain:"+strconv.Itoa(size), string(b))
	}
	r.call(t, `server.shutdown().then(() => report('down'))`)
	assert.Equal(t, "down", r.report(t))
	require.NoError(t, r.wait(t), "the loop ends by itself after shutdown")
}

// TestServeHandlerInfo: a handler's second argument gives the same remoteAddr object
// and completed promise each time, takes properties of its own, and completed
// resolves once the response is sent; a Request first looked at after its response
// was sent still has its method, URL and headers, and a sent Response is used.
func TestServeHandlerInfo(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const s = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, (req, info) => {
			if (new URL(req.url).pathname === '/info') {
				info.note = 'mine';
				info.completed.then(() => report('completed'));
				const a = info.remoteAddr;
				return Response.json({
					same: a === info.remoteAddr && info.completed === info.completed,
					keys: Object.keys(info), note: info.note, transport: a.transport, host: a.hostname,
					port: Number.isInteger(a.port) && a.port > 0, proto: Object.getPrototypeOf(info).constructor.name,
					tag: Object.prototype.toString.call(req), isRequest: req instanceof Request,
				});
			}
			const res = new Response('sent');
			setTimeout(() => {
				report([req.method, new URL(req.url).pathname, req.headers.get('x-k'), res.bodyUsed, res.status].join(' '));
			}, 20);
			return res;
		});
		globalThis.server = s;
	`, runOptions{})
	port := r.port(t)
	status, _, body := get(t, base(port)+"/info")
	assert.Equal(t, 200, status)
	assert.JSONEq(t, `{"same":true,"keys":["note"],"note":"mine","transport":"tcp","host":"127.0.0.1","port":true,
		"proto":"ServeHandlerInfo","tag":"[object Request]","isRequest":true}`, body)
	assert.Equal(t, "completed", r.report(t))

	res, b := sendWithHeader(t, http.MethodPut, base(port)+"/later", strings.NewReader("x"), "X-K", "v")
	assert.Equal(t, "sent", b)
	assert.Equal(t, "text/plain;charset=UTF-8", res.Header.Get("Content-Type"))
	assert.Equal(t, int64(4), res.ContentLength)
	assert.Equal(t, "PUT /later v true 200", r.report(t))

	// A HEAD response has the length of the body it does not send.
	res, err := http.Head(base(port) + "/later")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, int64(4), res.ContentLength)
	assert.Equal(t, "HEAD /later  true 200", r.report(t))
	r.call(t, `server.shutdown().then(() => report('down'))`)
	assert.Equal(t, "down", r.report(t))
}

// TestServeLazyResponseHeaders: responses whose Headers were never made reach the
// client with the content type of their body (none for bytes), as Deno.serve sends them.
func TestServeLazyResponseHeaders(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const s = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, (req) => {
			switch (new URL(req.url).pathname) {
				case '/json': return Response.json({ a: 1 }, { status: 201 });
				case '/bytes': return new Response(new Uint8Array([104, 105]), { status: 202 });
				case '/form': return new Response(new URLSearchParams('x=1'));
				default: return new Response('t', { status: 203, statusText: 'Fine' });
			}
		});
		globalThis.server = s;
	`, runOptions{})
	port := r.port(t)
	for _, c := range []struct {
		path        string
		status      int
		ctype, body string
	}{
		{"/json", 201, "application/json", `{"a":1}`},
		{"/bytes", 202, "", "hi"},
		{"/form", 200, "application/x-www-form-urlencoded;charset=UTF-8", "x=1"},
		{"/text", 203, "text/plain;charset=UTF-8", "t"},
	} {
		res, err := http.Get(base(port) + c.path)
		require.NoError(t, err)
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		assert.Equal(t, c.status, res.StatusCode, c.path)
		assert.Equal(t, c.ctype, res.Header.Get("Content-Type"), c.path)
		assert.Equal(t, c.body, string(b), c.path)
	}
	r.call(t, `server.shutdown().then(() => report('down'))`)
	assert.Equal(t, "down", r.report(t))
}

// TestServeRequestCopies: a handler's Request has the defaults of any Request, and its
// copies (clone, new Request) carry its method, URL and headers. The expected values
// are what Deno.serve and node's Request give for the same fields.
func TestServeRequestCopies(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const s = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, (req) => {
			const c = req.clone(), n = new Request(req);
			const show = (x) => [x.method, new URL(x.url).pathname, x.headers.get('x-k'), x.redirect, x.mode,
				x.credentials, x.cache, x.keepalive, x.integrity === '', x.signal.aborted].join(' ');
			return new Response([show(req), show(c), show(n)].join('\n'));
		});
		globalThis.server = s;
	`, runOptions{})
	port := r.port(t)
	res, b := sendWithHeader(t, http.MethodGet, base(port)+"/p?q=1", nil, "X-K", "v")
	line := "GET /p v follow cors same-origin default false true false"
	assert.Equal(t, line+"\n"+line+"\n"+line, b)
	assert.Equal(t, "text/plain;charset=UTF-8", res.Header.Get("Content-Type"))
	r.call(t, `server.shutdown().then(() => report('down'))`)
	assert.Equal(t, "down", r.report(t))
}

func TestServeStreamsResponseBody(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		let release;
		globalThis.gate = new Promise((res) => { release = res; });
		globalThis.release = () => release();
		serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, () => {
			const enc = new TextEncoder();
			let i = 0;
			return new Response(new ReadableStream({
				async pull(c) {
					if (i === 1) await gate; // the first chunk reaches the client before the second exists
					if (i === 3) return c.close();
					c.enqueue(enc.encode('chunk' + i++ + ';'));
				},
			}));
		});
	`, runOptions{})
	port := r.port(t)
	res, err := http.Get(base(port))
	require.NoError(t, err)
	defer res.Body.Close()
	assert.Equal(t, []string{"chunked"}, res.TransferEncoding)
	br := bufio.NewReader(res.Body)
	first, err := br.ReadString(';')
	require.NoError(t, err)
	assert.Equal(t, "chunk0;", first)
	r.call(t, `release()`)
	rest, err := io.ReadAll(br)
	require.NoError(t, err)
	assert.Equal(t, "chunk1;chunk2;", string(rest))
}

func TestServeHandlerErrors(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, (req) => {
			if (req.url.endsWith('/throw')) throw new Error('thrown in handler');
			if (req.url.endsWith('/reject')) return Promise.reject(new Error('rejected in handler'));
			return 'not a response';
		});
		serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port),
			onError: (err) => new Response('sorry: ' + err.message, { status: 418 }) }, () => { throw new Error('custom'); });
	`, runOptions{})
	port, port2 := r.port(t), r.port(t)
	for _, path := range []string{"/throw", "/reject", "/other"} {
		status, _, body := get(t, base(port)+path)
		assert.Equal(t, 500, status, path)
		assert.Equal(t, "Internal Server Error", body, path)
	}
	stderr := r.stderr.String()
	assert.Contains(t, stderr, "thrown in handler")
	assert.Contains(t, stderr, "rejected in handler")
	assert.Contains(t, stderr, "must be a response")
	status, _, body := get(t, base(port2)+"/")
	assert.Equal(t, 418, status)
	assert.Equal(t, "sorry: custom", body)
	status, _, _ = get(t, base(port)+"/throw")
	assert.Equal(t, 500, status, "the server keeps serving after errors")
}

// TestServeShedsLoad fills maxInFlight and maxQueue with requests the handler holds,
// then checks that the next ones are answered 503 with Retry-After by Go, and that
// the held ones are answered once released.
func TestServeShedsLoad(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const waiting = [];
		globalThis.releaseAll = () => { for (const f of waiting.splice(0)) f(); };
		globalThis.server = serve({ port: 0, hostname: '127.0.0.1', maxInFlight: 2, maxQueue: 3, retryAfter: 7,
			onListen: ({ port }) => report(port) }, async (req) => {
			await new Promise((res) => { waiting.push(res); if (waiting.length === 2) report('full'); });
			return new Response('ok');
		});
		globalThis.stats = () => report(JSON.stringify(server.stats));
	`, runOptions{})
	port := r.port(t)
	type result struct {
		status     int
		retryAfter string
	}
	results := make(chan result, 20)
	send := func() {
		res, err := http.Get(base(port))
		if err != nil {
			results <- result{status: -1}
			return
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		results <- result{res.StatusCode, res.Header.Get("Retry-After")}
	}
	go send()
	go send()
	require.Equal(t, "full", r.report(t)) // two in flight
	for range 3 {                         // three wait in the queue
		go send()
	}
	require.Eventually(t, func() bool {
		r.call(t, `stats()`)
		return r.report(t) == `{"inFlight":2,"queued":3,"shed":0}`
	}, 5*time.Second, 10*time.Millisecond)
	for range 4 { // these are shed at once, without the loop
		go send()
	}
	for range 4 {
		res := <-results
		assert.Equal(t, result{503, "7"}, res)
	}
	r.call(t, `stats()`)
	assert.Equal(t, `{"inFlight":2,"queued":3,"shed":4}`, r.report(t))
	// Release until all five held requests are answered.
	got := 0
	for got < 5 {
		r.call(t, `releaseAll()`)
		select {
		case res := <-results:
			assert.Equal(t, 200, res.status)
			got++
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestServeNeedsNetPermission(t *testing.T) {
	policy := perm.CLIDefault(t.TempDir())
	r := start(t, `
		const { serve } = require('jsloop:http');
		try {
			serve({ port: 0, hostname: '127.0.0.1' }, () => new Response('x'));
			report('listened');
		} catch (e) {
			report(e.name + '|' + e.code + '|' + e.message);
		}
		try {
			require('http').createServer().listen(0, '127.0.0.1');
		} catch (e) {
			report(e.name + '|' + e.message);
		}
	`, runOptions{policy: policy})
	got := r.report(t).(string)
	assert.Contains(t, got, "PermissionDenied|ERR_ACCESS_DENIED|")
	assert.Contains(t, got, "--allow-net")
	assert.Contains(t, r.report(t).(string), "PermissionDenied|")
	require.NoError(t, r.wait(t))

	require.NoError(t, policy.Grant(perm.Net, "127.0.0.1"))
	r = start(t, `require('jsloop:http').serve({ port: 0, hostname: '127.0.0.1', onListen() { report('ok') } }, () => new Response('x')).unref()`,
		runOptions{policy: policy})
	assert.Equal(t, "ok", r.report(t))
}

// TestGracefulShutdown: a request in flight when shutdown() is called is still
// answered; finished resolves after it; new connections are refused.
func TestGracefulShutdown(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		let release;
		const server = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, async () => {
			report('in handler');
			await new Promise((res) => { release = res; });
			return new Response('answered');
		});
		globalThis.stop = () => { server.shutdown(); report('shutting down'); };
		globalThis.release = () => release();
		server.finished.then(() => report('finished'));
	`, runOptions{})
	port := r.port(t)
	type reply struct {
		body string
		err  error
	}
	replies := make(chan reply, 1)
	go func() {
		res, err := http.Get(base(port))
		if err != nil {
			replies <- reply{err: err}
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		replies <- reply{body: string(b)}
	}()
	require.Equal(t, "in handler", r.report(t))
	r.call(t, `stop()`)
	require.Equal(t, "shutting down", r.report(t))
	require.Eventually(t, func() bool {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, 5*time.Second, 10*time.Millisecond, "the listener closes at once")
	select {
	case <-replies:
		t.Fatal("answered before the handler returned")
	default:
	}
	r.call(t, `release()`)
	rep := <-replies
	require.NoError(t, rep.err)
	assert.Equal(t, "answered", rep.body)
	assert.Equal(t, "finished", r.report(t))
	require.NoError(t, r.wait(t))
}

func TestSignalAbortShutsDown(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const ac = new AbortController();
		const s = serve({ port: 0, hostname: '127.0.0.1', signal: ac.signal, onListen: ({ port }) => report(port) }, () => new Response('x'));
		s.finished.then(() => report('finished'));
		globalThis.abort = () => ac.abort();
	`, runOptions{})
	port := r.port(t)
	status, _, _ := get(t, base(port))
	assert.Equal(t, 200, status)
	r.call(t, `abort()`)
	assert.Equal(t, "finished", r.report(t))
	require.NoError(t, r.wait(t))
}

func TestRefAndUnref(t *testing.T) {
	r := start(t, `
		const s = require('jsloop:http').serve({ port: 0, onListen() {} }, () => new Response('x'));
		s.unref();
		s.ref();
		s.unref();
	`, runOptions{})
	require.NoError(t, r.wait(t), "an unref'd server does not keep the loop alive")
}

// TestGroupSharesListener runs two loops in one group: their servers on port 0 share
// one listener, and requests reach both loops.
func TestGroupSharesListener(t *testing.T) {
	g := httpserver.NewGroup()
	script := func(id string) string {
		return fmt.Sprintf(`
			const { serve } = require('jsloop:http');
			globalThis.server = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, async () => {
				await new Promise((res) => setTimeout(res, 20));
				return new Response(%q);
			});
		`, id)
	}
	a := start(t, script("a"), runOptions{group: g})
	pa := a.port(t)
	b := start(t, script("b"), runOptions{group: g})
	pb := b.port(t)
	require.Equal(t, pa, pb, "the second loop joins the first one's listener")
	seen := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, body := get(t, base(pa))
			mu.Lock()
			seen[body]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	assert.Equal(t, 40, seen["a"]+seen["b"])
	assert.Positive(t, seen["a"], "loop a served some")
	assert.Positive(t, seen["b"], "loop b served some")

	a.call(t, `server.shutdown()`)
	require.NoError(t, a.wait(t))
	status, _, body := get(t, base(pa))
	assert.Equal(t, 200, status, "the listener stays open while a loop of the group serves")
	assert.Equal(t, "b", body)
	b.call(t, `server.shutdown()`)
	require.NoError(t, b.wait(t))
}

func TestLoopShutdownStopsServers(t *testing.T) {
	r := start(t, `
		const s = require('jsloop:http').serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, () => new Response('x'));
		require('http').createServer((req, res) => res.end('y')).listen(0, '127.0.0.1');
		report(s.addr.port);
	`, runOptions{})
	port := r.port(t)
	status, _, _ := get(t, base(port))
	require.Equal(t, 200, status)
	ctx, cancel := contextWithTimeout(5 * time.Second)
	defer cancel()
	require.NoError(t, r.loop.Shutdown(ctx), "Shutdown shuts the servers down gracefully")
}

// TestClientGoneFreesTheSlot: a client that leaves before its handler answers aborts
// request.signal, rejects info.completed, and frees its slot, so a handler that never
// answers does not hold a graceful shutdown forever.
func TestClientGoneFreesTheSlot(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const s = serve({ port: 0, hostname: '127.0.0.1', maxInFlight: 1, maxQueue: 0,
			onListen: ({ port }) => report(port) }, (req, info) => {
			if (req.url.endsWith('/ok')) return new Response('ok');
			req.signal.addEventListener('abort', () => report('aborted ' + req.signal.reason.name));
			globalThis.completed = info.completed;
			info.completed.catch((e) => report('not completed ' + e.name));
			report('handling');
			return new Promise(() => {}); // never answers
		});
		globalThis.stop = () => s.shutdown().then(() => report('finished'));
	`, runOptions{})
	port := r.port(t)
	ctx, cancel := contextWithTimeout(5 * time.Second)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base(port)+"/hang", nil)
	errs := make(chan error, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			res.Body.Close()
		}
		errs <- err
	}()
	require.Equal(t, "handling", r.report(t))
	cancel()
	require.Error(t, <-errs)
	got := []any{r.report(t), r.report(t)}
	assert.ElementsMatch(t, []any{"aborted AbortError", "not completed Interrupted"}, got)
	ctx2, cancel2 := contextWithTimeout(5 * time.Second)
	defer cancel2()
	_, err := r.loop.RunScript(ctx2, "check.js", "completed")
	require.ErrorIs(t, err, httpserver.ErrClientGone, "the rejection carries the Go cause")
	require.Eventually(t, func() bool { // the slot is free again: the next request is served
		res, err := http.Get(base(port) + "/ok")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == 200
	}, 5*time.Second, 20*time.Millisecond)
	r.call(t, `stop()`)
	assert.Equal(t, "finished", r.report(t))
	require.NoError(t, r.wait(t))
}

// TestShutdownClosesUnusedConnections: a connection that never sends a request (a
// client's spare) does not hold up a graceful shutdown for net/http's five seconds:
// the server closes it, and finished resolves.
func TestShutdownClosesUnusedConnections(t *testing.T) {
	r := start(t, `
		const { serve } = require('jsloop:http');
		const server = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => report(port) }, () => new Response('x'));
		globalThis.stop = () => { server.shutdown().then(() => report('shut down')); };
	`, runOptions{})
	port := r.port(t)
	spare, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
	require.NoError(t, err)
	defer spare.Close()
	r.call(t, `stop()`)
	// Before the grace for unused connections existed, the server kept this one open
	// for five seconds; now it closes it within unusedConnGrace.
	require.NoError(t, spare.SetReadDeadline(time.Now().Add(4*time.Second)))
	_, err = spare.Read(make([]byte, 1))
	// Closed: by the server once it had accepted it (EOF), or, when the listener
	// closed before accepting it, by the kernel (a reset).
	require.True(t, errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET),
		"the server closed the unused connection: %v", err)
	require.Equal(t, "shut down", r.report(t))
}
