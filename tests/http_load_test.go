package tests

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadServerJS starts two jsloop:http servers: "wide" with no admission limit and
// "narrow" with maxInFlight 100 and maxQueue 100. Both answer after a 50 ms timer;
// "narrow" first waits for a gate that a request for /open on "wide" opens, so that the
// number of requests it sheds does not depend on timing. It prints their ports on one
// line; a request for /quit shuts both down.
const loadServerJS = `
const { serve } = require('jsloop:http');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const handler = async () => { await sleep(50); return new Response('ok'); };
let open;
const gate = new Promise((resolve) => { open = resolve; });
const wide = serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, (req) => {
  if (req.url.endsWith('/open')) {
    open();
    return new Response('opened');
  }
  if (!req.url.endsWith('/quit')) return handler();
  wide.shutdown();
  narrow.shutdown();
  return new Response('bye');
});
const narrow = serve({ port: 0, hostname: '127.0.0.1', maxInFlight: 100, maxQueue: 100, retryAfter: 2,
  onListen() {} }, async () => { await gate; return handler(); });
console.log(wide.addr.port, narrow.addr.port);
`

// raiseFileLimit lifts the soft limit on open files to the hard one: the test holds
// 10,000 client connections at once.
func raiseFileLimit(t *testing.T, need uint64) {
	t.Helper()
	var lim syscall.Rlimit
	require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim))
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim))
	}
	if lim.Cur < need {
		t.Skipf("the open-file limit is %d; this test needs %d", lim.Cur, need)
	}
}

// rssOf returns the resident set size of a process, in bytes.
func rssOf(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Skip("no /proc: cannot read the server's RSS")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmRSS in /proc status")
	return 0
}

type loadResult struct {
	ok, shed, failed atomic.Int64
	badRetryAfter    atomic.Int64
}

// burst sends n concurrent GETs, each on a connection of its own, and counts the
// answers in res.
func burst(ctx context.Context, url string, n int, res *loadResult) *loadResult {
	tr := &http.Transport{MaxIdleConnsPerHost: n, MaxConnsPerHost: 0, IdleConnTimeout: 5 * time.Second,
		DialContext: (&net.Dialer{Timeout: 30 * time.Second}).DialContext}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 45 * time.Second}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			r, err := client.Do(req)
			if err != nil {
				res.failed.Add(1)
				return
			}
			body, err := io.ReadAll(r.Body)
			r.Body.Close()
			switch {
			case err != nil:
				res.failed.Add(1)
			case r.StatusCode == 200 && string(body) == "ok":
				res.ok.Add(1)
			case r.StatusCode == 503:
				res.shed.Add(1)
				if r.Header.Get("Retry-After") != "2" {
					res.badRetryAfter.Add(1)
				}
			default:
				res.failed.Add(1)
			}
		}()
	}
	close(start)
	wg.Wait()
	return res
}

// TestHTTPServerUnderLoad runs a jsloop:http server in a jsloop process and puts it
// under load from this one: 10,000 concurrent connections to a handler that awaits a
// 50 ms timer are all answered 200; a burst at 5× the capacity of a server with
// maxInFlight/maxQueue set gets its excess answered 503 with Retry-After while the
// server keeps answering, its RSS stays bounded, and it serves normally afterwards.
func TestHTTPServerUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("a load test")
	}
	const conns = 10000
	raiseFileLimit(t, conns+1000)
	bin := jsloopBinary(t)
	script := filepath.Join(t.TempDir(), "server.js")
	require.NoError(t, os.WriteFile(script, []byte(loadServerJS), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-A", script)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	ports := strings.Fields(line)
	require.Len(t, ports, 2)
	wide := "http://127.0.0.1:" + ports[0] + "/"
	narrow := "http://127.0.0.1:" + ports[1] + "/"
	rssStart := rssOf(t, cmd.Process.Pid)

	began := time.Now()
	r := burst(ctx, wide, conns, &loadResult{})
	t.Logf("%d concurrent connections: %d ok, %d failed in %v", conns, r.ok.Load(), r.failed.Load(), time.Since(began))
	assert.EqualValues(t, conns, r.ok.Load(), "every request answered 200")
	assert.Zero(t, r.failed.Load())
	rssWide := rssOf(t, cmd.Process.Pid)

	// 5× the capacity (100 in flight + 100 queued), at once, while the gate is closed:
	// the first 200 are admitted, the other 800 are answered 503 at once.
	const overload, capacity = 5 * 200, 200
	began = time.Now()
	r = &loadResult{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		burst(ctx, narrow, overload, r)
	}()
	require.Eventually(t, func() bool { return r.shed.Load()+r.failed.Load() >= overload-capacity }, 90*time.Second,
		10*time.Millisecond, "the excess is shed while the admitted requests wait")
	code, _ := getText(t, wide+"open")
	require.Equal(t, 200, code, "the server keeps answering while it sheds")
	<-done
	t.Logf("burst of %d at capacity %d: %d ok, %d shed, %d failed in %v", overload, capacity, r.ok.Load(), r.shed.Load(),
		r.failed.Load(), time.Since(began))
	assert.Zero(t, r.failed.Load(), "no request lost")
	assert.EqualValues(t, capacity, r.ok.Load(), "the admitted requests are answered")
	assert.EqualValues(t, overload-capacity, r.shed.Load(), "the excess is shed")
	assert.Zero(t, r.badRetryAfter.Load(), "every 503 carries Retry-After")
	rssBurst := rssOf(t, cmd.Process.Pid)

	// Afterwards it serves normally.
	r = burst(ctx, narrow, 50, &loadResult{})
	assert.EqualValues(t, 50, r.ok.Load(), "after the burst every request is answered 200")

	t.Logf("server RSS: %d MiB at start, %d MiB after 10,000 connections, %d MiB after the burst",
		rssStart>>20, rssWide>>20, rssBurst>>20)
	const bound = 1 << 30 // generous: the point is that it does not grow without limit
	assert.Less(t, rssWide, int64(bound))
	assert.Less(t, rssBurst, int64(bound))

	code, _ = getText(t, wide+"quit")
	require.Equal(t, 200, code)
	require.NoError(t, cmd.Wait(), "the server exits by itself after shutdown; stderr: %s", stderr.String())
}

// loopsServerJS serves on port 0 with an id of its own; /quit shuts this loop's server.
const loopsServerJS = `
const { serve } = require('jsloop:http');
const id = Math.random().toString(36).slice(2);
const server = serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => console.log(port) }, async (req) => {
  if (req.url.endsWith('/quit')) {
    server.shutdown();
    return new Response('bye');
  }
  await new Promise((r) => setTimeout(r, 20));
  return new Response(id);
});
`

// TestLoopsShareAListener runs a server script with --loops 2: both loops listen on the
// same port, requests reach both, and the process exits 0 once both have shut down.
func TestLoopsShareAListener(t *testing.T) {
	bin := jsloopBinary(t)
	script := filepath.Join(t.TempDir(), "server.js")
	require.NoError(t, os.WriteFile(script, []byte(loopsServerJS), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-A", "--loops", "2", script)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill() }()
	lines := bufio.NewReader(stdout)
	first, err := lines.ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	second, err := lines.ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	require.Equal(t, first, second, "both loops listen on the same port")
	url := "http://127.0.0.1:" + strings.TrimSpace(first) + "/"

	ids := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Get(url)
			if !assert.NoError(t, err) {
				return
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			mu.Lock()
			ids[string(b)]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	assert.Len(t, ids, 2, "requests reached both loops: %v", ids)

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for quits := 0; quits < 2; {
		res, err := client.Get(url + "quit")
		if err != nil {
			break // both have shut down: the listener is closed
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if string(b) == "bye" {
			quits++
		}
	}
	require.NoError(t, cmd.Wait(), "the process exits 0 when both loops have ended; stderr: %s", stderr.String())
}

// getText GETs url on a connection of its own.
func getText(t *testing.T, url string) (int, string) {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	res, err := client.Get(url)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(b)
}
