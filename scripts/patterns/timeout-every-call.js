// timeout-every-call.js: put a time limit on every call to another service.
//
// The pattern: a page needs three services. Two answer quickly; one (reviews) hangs. If
// we simply awaited it, the page would hang too. So every external call gets a budget
// (100 ms here); a call that runs over it fails with a TimeoutError, and its work is
// told to stop through its AbortSignal, so it does not go on running (and holding a
// connection or a timer) after nobody wants its answer.
//   Python: asyncio.timeout(0.1) / asyncio.wait_for(call(), 0.1), which cancel the task.
//   Java:   future.orTimeout(100, MILLISECONDS) (but it does not stop the work itself).
//   Node:   fetch(url, { signal: AbortSignal.timeout(100) }).
//
// Two ways are shown:
//   1. withTimeout(fn, ms) from jsloop:async calls fn({ signal }) and rejects with a
//      TimeoutError after ms; the signal it gave fn is aborted at that moment. When the
//      call finishes in time its timer is cleared at once.
//   2. AbortSignal.timeout(ms), the web standard that works in Node too: a signal that
//      aborts by itself after ms. You pass it to the call (fetch takes it as is). Its
//      timer is unref'd: it never keeps the process alive.
//
// What to watch in the output: users and prices answer; reviews is stopped at 100 ms
// ("stopped: its signal was aborted") and the page renders with a fallback instead of
// waiting. The reviews service would have answered after 60 s: the last line, printed
// as the process exits, shows that it exits at once, because the stopped call cleared
// its timer and withTimeout cleared its own; nothing is left behind to wait for. Under
// --virtual-time a timer left behind would move the clock on to 60 s and the last line
// would say "no".
//
// Run it:
//   jsloop scripts/patterns/timeout-every-call.js
//   jsloop --virtual-time scripts/patterns/timeout-every-call.js      (same output, no waiting)

const { withTimeout } = require('jsloop:async');

const TIMEOUT_MS = 100;
const SERVICES = [
  ['users', 20],
  ['prices', 30],
  ['reviews', 60_000], // this one hangs
];

// callService simulates a remote call that answers after ms milliseconds. Like fetch, it
// honours an AbortSignal: when the signal aborts, it stops (clears its timer) and rejects
// with the signal's reason.
function callService(name, ms, { signal } = {}) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      console.log(`  [${name}] stopped: its signal was aborted (${signal.reason.name})`);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      console.log(`  [${name}] answered`);
      resolve(`${name} data`);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// render prints what the page shows: each answer, or a fallback for a call that failed.
function render(results) {
  results.forEach((r, i) => {
    const name = SERVICES[i][0];
    if (r.status === 'fulfilled') console.log(`  page shows ${r.value}`);
    else console.log(`  page shows "${name} unavailable" (${r.reason.name}: ${r.reason.message})`);
  });
}

const t0 = Date.now();

(async () => {
  console.log(`1. withTimeout(fn, ${TIMEOUT_MS}) around every call`);
  render(await Promise.allSettled(SERVICES.map(([name, ms]) =>
    withTimeout(({ signal }) => callService(name, ms, { signal }), TIMEOUT_MS))));

  console.log(`2. AbortSignal.timeout(${TIMEOUT_MS}) passed to every call`);
  render(await Promise.allSettled(SERVICES.map(([name, ms]) =>
    callService(name, ms, { signal: AbortSignal.timeout(TIMEOUT_MS) }))));
})();

process.on('exit', () => {
  const early = Date.now() - t0 < SERVICES[2][1];
  console.log(`exit: nothing left waiting; exited long before the hung call's 60 s: ${early ? 'yes' : 'no'}`);
});
