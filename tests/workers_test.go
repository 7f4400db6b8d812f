package tests

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

// The WorkerPool of jsloop:async and the web Worker global are jsloop's own, so
// these tests assert their behaviour directly, in process (so that -race sees the
// worker goroutines). Each script must end by itself: Run returning before the
// deadline shows that no worker, port or timer was left holding the loop.

// squareWorker answers each number with its square; 'boom' throws, 'spin' never ends.
// Every message it receives is logged, so a test can see what reached a worker.
const squareWorker = `const { parentPort, threadId } = require('worker_threads');
parentPort.on('message', (n) => {
  console.log('worker got', n);
  if (n === 'boom') throw new TypeError('task failed');
  if (n === 'spin') for (;;) {}
  parentPort.postMessage(n * n);
});
`

// runWorkerScript runs main (with the files given) in a fresh loop and returns its
// stdout and Run's result.
func runWorkerScript(t *testing.T, policy *perm.Policy, main string, files map[string]string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, code := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(code), 0o644))
	}
	mainPath := filepath.Join(dir, "main.js")
	require.NoError(t, os.WriteFile(mainPath, []byte(main), 0o644))
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir)) // relative worker paths resolve against the working directory
	t.Cleanup(func() { _ = os.Chdir(wd) })

	var stdout, stderr bytes.Buffer
	loop, err := eventloop.New()
	require.NoError(t, err)
	host, err := bindings.Install(loop, bindings.Options{Stdout: &stdout, Stderr: &stderr, Permissions: policy})
	require.NoError(t, err)
	require.NoError(t, loop.Submit(host.RunMain(mainPath)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = loop.Run(ctx)
	require.NoError(t, ctx.Err(), "the script did not end by itself; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	return stdout.String(), err
}

func TestWorkerPoolResultsInOrder(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
const pool = new WorkerPool('./square.js', { size: 3 });
console.log('size', pool.size);
Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(i))).then((r) => console.log('results', r.join(',')));
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Contains(t, out, "size 3\n")
	assert.Contains(t, out, "results 0,1,4,9,16,25,36,49,64,81,100,121\n")
	assert.Equal(t, 12, strings.Count(out, "worker got"))
}

func TestWorkerPoolDefaultSizeIsCPUs(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
console.log('size', new WorkerPool('./square.js').size);
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Regexp(t, `^size [1-9][0-9]*\n$`, out)
}

// A WorkerPool checks its filename when it is made, as new Worker() does, not when its
// first task starts a worker. (The message is Node's for new Worker(42).)
func TestWorkerPoolRejectsABadFilenameAtOnce(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
for (const f of [undefined, 42, null, { href: 5 }]) {
  try { new WorkerPool(f); console.log('made'); } catch (e) { console.log(e.code, e.message); }
}
console.log(new WorkerPool(new URL('file:///tmp/square.js'), { size: 1 }).size);
`, nil)
	require.NoError(t, err)
	assert.Equal(t, `ERR_INVALID_ARG_TYPE The "filename" argument must be of type string or an instance of URL. Received undefined
ERR_INVALID_ARG_TYPE The "filename" argument must be of type string or an instance of URL. Received type number (42)
ERR_INVALID_ARG_TYPE The "filename" argument must be of type string or an instance of URL. Received null
ERR_INVALID_ARG_TYPE The "filename" argument must be of type string or an instance of URL. Received an instance of Object
1
`, out)
}

func TestWorkerPoolQueueIsFIFO(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
const pool = new WorkerPool('./square.js', { size: 1 });
const runs = [5, 4, 3, 2, 1].map((n) => pool.run(n));
console.log('pending', pool.pending, 'running', pool.running);
Promise.all(runs).then((r) => console.log('results', r.join(',')));
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Contains(t, out, "pending 4 running 1\n")
	got := regexpAll(out, `worker got (\d+)`)
	assert.Equal(t, []string{"5", "4", "3", "2", "1"}, got, "one worker takes the tasks in the order they were queued")
	assert.Contains(t, out, "results 25,16,9,4,1\n")
}

func TestWorkerPoolErrorRejectsAndReplacesTheWorker(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
const pool = new WorkerPool('./square.js', { size: 1 });
(async () => {
  const e = await pool.run('boom').catch((e) => e);
  console.log('rejected', e instanceof TypeError, e.message);
  console.log('after', await pool.run(7));
})();
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Contains(t, out, "rejected true task failed\n")
	assert.Contains(t, out, "after 49\n")
}

func TestWorkerPoolCancellation(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
const pool = new WorkerPool('./square.js', { size: 1 });
(async () => {
  const running = new AbortController();
  const queued = new AbortController();
  const spin = pool.run('spin', { signal: running.signal }).catch((e) => 'spin ' + e.name);
  const never = pool.run(99, { signal: queued.signal }).catch((e) => 'queued ' + e.name);
  const later = pool.run(3);
  queued.abort();
  console.log('pending after abort', pool.pending);
  setTimeout(() => running.abort(), 20); // the worker is stuck in an endless loop by then
  console.log(await spin, '|', await never, '|', 'later', await later);
  console.log(await pool.run(1, { signal: AbortSignal.abort() }).catch((e) => 'pre-aborted ' + e.name));
})();
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Contains(t, out, "pending after abort 1\n")
	assert.Contains(t, out, "spin AbortError | queued AbortError | later 9\n")
	assert.Contains(t, out, "pre-aborted AbortError\n")
	assert.NotContains(t, out, "worker got 99", "an aborted queued task never reaches a worker")
}

func TestWorkerPoolCloseAndDestroy(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const { WorkerPool } = require('jsloop:async');
(async () => {
  const pool = new WorkerPool('./square.js', { size: 2 });
  const runs = [1, 2, 3].map((n) => pool.run(n));
  const closed = pool.close();
  console.log('after close', await pool.run(4).catch((e) => e.code));
  console.log('finished', (await Promise.all(runs)).join(','));
  await closed;
  console.log('closed');

  const doomed = new WorkerPool('./square.js', { size: 1 });
  const a = doomed.run('spin').catch((e) => e.code);
  const b = doomed.run(2).catch((e) => e.code);
  await new Promise((r) => setTimeout(r, 20));
  await doomed.destroy();
  console.log('destroyed', await a, await b);
})();
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Contains(t, out, "after close ERR_WORKER_POOL_CLOSED\n")
	assert.Contains(t, out, "finished 1,4,9\n")
	assert.Contains(t, out, "closed\n")
	assert.Contains(t, out, "destroyed ERR_WORKER_POOL_DESTROYED ERR_WORKER_POOL_DESTROYED\n")
}

func TestWorkerScriptIsARead(t *testing.T) {
	out, err := runWorkerScript(t, &perm.Policy{}, `
const { Worker } = require('worker_threads');
try { new Worker('./square.js'); } catch (e) { console.log(e.name, e.code); }
`, map[string]string{"square.js": squareWorker})
	require.NoError(t, err)
	assert.Equal(t, "PermissionDenied ERR_ACCESS_DENIED\n", out)
}

func TestWebWorkerGlobal(t *testing.T) {
	out, err := runWorkerScript(t, nil, `
const w = new Worker('web.js');
w.onmessage = (ev) => {
  console.log('main got', ev.data, ev.type);
  if (ev.data === 'bye') w.terminate();
};
w.addEventListener('error', (ev) => console.log('error event', ev.message));
w.postMessage({ n: 20 });
`, map[string]string{"web.js": `
console.log('in worker', typeof self, self === globalThis, typeof require('worker_threads').parentPort);
self.onmessage = (ev) => {
  postMessage(ev.data.n + 1);
  postMessage('bye');
};
`})
	require.NoError(t, err)
	assert.Contains(t, out, "in worker object true object\n")
	assert.Contains(t, out, "main got 21 message\n")
	assert.Contains(t, out, "main got bye message\n")
}

func TestWorkerStopsWithItsParent(t *testing.T) {
	// An unref'd worker that would run forever ends when its parent's loop ends.
	out, err := runWorkerScript(t, nil, `
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.unref();
console.log('parent done');
`, nil)
	require.NoError(t, err)
	assert.Equal(t, "parent done\n", out)
}

func regexpAll(s, expr string) []string {
	var out []string
	for _, m := range regexpMust(expr).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func regexpMust(expr string) *regexp.Regexp { return regexp.MustCompile(expr) }

func TestWorkerManyMessagesBothWaysInOrder(t *testing.T) {
	// 5,000 messages each way, posted while the other side is busy answering: every one
	// arrives, in order, and the worker ends when its port closes.
	out, err := runWorkerScript(t, nil, `
const { Worker } = require('worker_threads');
const N = 5000;
const w = new Worker(`+"`"+`
  const { parentPort } = require('worker_threads');
  let next = 0;
  parentPort.on('message', (i) => {
    if (i !== next++) throw new Error('out of order: ' + i);
    parentPort.postMessage(i);
    if (next === ${N}) parentPort.close();
  });
`+"`"+`, { eval: true });
let expect = 0;
w.on('message', (i) => { if (i !== expect++) throw new Error('parent got ' + i); });
w.on('exit', (code) => console.log('exit', code, 'received', expect));
for (let i = 0; i < N; i++) w.postMessage(i);
`, nil)
	require.NoError(t, err)
	assert.Equal(t, "exit 0 received 5000\n", out)
}

// Under --virtual-time a worker's loop gets a virtual clock of its own: a timer of 100 s
// in a worker fires at once (on the real clock the run would outlast runJSLoop's 60 s
// limit), and the worker reads the 100 s it jumped.
func TestWorkerTimersJumpUnderVirtualTime(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "w.js")
	require.NoError(t, os.WriteFile(js, []byte(`const { Worker } = require('worker_threads');
const w = new Worker("const t0 = Date.now(); setTimeout(() => require('worker_threads').parentPort.postMessage(Date.now() - t0), 100000);", { eval: true });
w.on('message', (ms) => console.log('worker waited', ms, 'ms'));
w.on('exit', (code) => console.log('exit', code));
`), 0o644))
	res := runJSLoop(t, dir, "--virtual-time", js)
	require.Equal(t, 0, res.exit, res.stderr)
	require.Equal(t, "worker waited 100000 ms\nexit 0\n", res.stdout)
}

// The Node-verified worker cases print the same under --virtual-time, where every
// worker runs on a virtual clock of its own.
func TestWorkerCasesUnderVirtualTime(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "nodecases", "workers"))
	require.NoError(t, err)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	ran := 0
	for _, e := range entries {
		name := e.Name()
		if !regexp.MustCompile(`^\d{3}-.*\.m?js$`).MatchString(name) {
			continue
		}
		ran++
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			base := strings.TrimSuffix(strings.TrimSuffix(name, ".js"), ".mjs")
			want, err := os.ReadFile(filepath.Join(dir, base+".stdout"))
			require.NoError(t, err)
			res := runJSLoop(t, dir, "--virtual-time", filepath.Join(dir, name))
			require.Equal(t, string(want), res.stdout)
		})
	}
	require.Positive(t, ran)
}
