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
// "narrow" with maxInFlight 100 and maxQueue 100. Both answer after a 50 ms timer. It
// prints their ports on one line; a request for /quit shuts both down.
const loadServerJS = `
const { serve } = require('jsloop:http');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const handler = async () => { await sleep(50); return new Response('ok'); };
const wide = serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, (req) => {
  if (!req.url.endsWith('/quit')) return handler();
  wide.shutdown();
  narrow.shutdown();
  return new Response('bye');
});
const narrow = serve({ port: 0, hostname: '127.0.0.1', maxInFlight: 100, maxQueue: 100, retryAfter: 2,
  onListen() {} }, handler);
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
// answers.
func burst(ctx context.Context, url string, n int) *loadResult {
	res := &loadResult{}
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
	r := burst(ctx, wide, conns)
	t.Logf("%d concurrent connections: %d ok, %d failed in %v", conns, r.ok.Load(), r.failed.Load(), time.Since(began))
	assert.EqualValues(t, conns, r.ok.Load(), "every request answered 200")
	assert.Zero(t, r.failed.Load())
	rssWide := rssOf(t, cmd.Process.Pid)

	// 5× the capacity (100 in flight + 100 queued), at once.
	const overload = 5 * 200
	began = time.Now()
	r = burst(ctx, narrow, overload)
	t.Logf("burst of %d at capacity 200: %d ok, %d shed, %d failed in %v", overload, r.ok.Load(), r.shed.Load(),
		r.failed.Load(), time.Since(began))
	assert.Zero(t, r.failed.Load(), "no request lost")
	assert.EqualValues(t, overload, r.ok.Load()+r.shed.Load())
	assert.GreaterOrEqual(t, r.ok.Load(), int64(100), "the server keeps answering while it sheds")
	assert.GreaterOrEqual(t, r.shed.Load(), int64(overload/2), "the excess is shed")
	assert.Zero(t, r.badRetryAfter.Load(), "every 503 carries Retry-After")
	rssBurst := rssOf(t, cmd.Process.Pid)

	// Afterwards it serves normally.
	r = burst(ctx, narrow, 50)
	assert.EqualValues(t, 50, r.ok.Load(), "after the burst every request is answered 200")

	t.Logf("server RSS: %d MiB at start, %d MiB after 10,000 connections, %d MiB after the burst",
		rssStart>>20, rssWide>>20, rssBurst>>20)
	const bound = 1 << 30 // generous: the point is that it does not grow without limit
	assert.Less(t, rssWide, int64(bound))
	assert.Less(t, rssBurst, int64(bound))

	res, err := http.Get(wide + "quit")
	require.NoError(t, err)
	res.Body.Close()
	require.NoError(t, cmd.Wait(), "the server exits by itself after shutdown; stderr: %s", stderr.String())
}
