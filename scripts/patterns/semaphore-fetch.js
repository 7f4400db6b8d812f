// semaphore-fetch.js: fetch 50 URLs, but never more than 10 at once.
//
// The pattern: backpressure with a semaphore. Firing all 50 requests at once would be
// easy (Promise.all over 50 fetches), but it can overload the server, hit a
// connection limit or a rate limit. A semaphore with 10 permits lets at most 10
// requests be open at a time: each takes a permit before it starts and gives it back
// when it ends; the 11th waits for a permit (in FIFO order).
//   Python: sem = asyncio.Semaphore(10); async with sem: await fetch(url)
//   Java:   java.util.concurrent.Semaphore(10): acquire() / release() around the call
//   Node:   the p-limit package: const run = pLimit(10); run(() => fetch(url))
// jsloop:async has both: Semaphore (acquire/release, or sem.with(fn)) and limit(n),
// the p-limit idiom. The script runs the 50 fetches once with each.
//
// The script starts its own server (jsloop:http's serve, on a free port) that counts
// how many requests it is handling at once and remembers the highest count. So that
// the count does not depend on timing, the server answers in rounds: it holds the
// requests until ten are waiting (or all that are left), then 20 ms more, then answers
// them all. If the client sent more than ten at once, the eleventh would arrive during
// those 20 ms and the count would go above 10.
//
// What to watch in the output: the highest count is 10 in both runs (without the
// semaphore it would be 50), every one of the 50 answers arrives, in order, and the
// semaphore has all its 10 permits back at the end.
//
// Run it (it needs network permission, for its own local server):
//   jsloop -A scripts/patterns/semaphore-fetch.js

const { serve } = require('jsloop:http');
const { Semaphore, limit } = require('jsloop:async');

const URLS = 50;
const CONCURRENCY = 10;

// --- the server --------------------------------------------------------------------

let handling = 0; // requests being handled now
let highest = 0; // the most handled at once
let held = []; // the requests of the current round, waiting to be answered
let left = 0; // requests of this run not yet arrived

async function handler(request) {
  const n = Number(new URL(request.url).pathname.slice('/item/'.length));
  handling++;
  highest = Math.max(highest, handling);
  left--;
  await new Promise((resolve) => {
    held.push(resolve);
    if (held.length === CONCURRENCY || left === 0) {
      const round = held;
      held = [];
      setTimeout(() => round.forEach((answer) => answer()), 20);
    }
  });
  handling--;
  return Response.json({ item: n, square: n * n });
}

// --- the client --------------------------------------------------------------------

async function getItem(base, n) {
  const res = await fetch(`${base}/item/${n}`);
  return (await res.json()).square;
}

function report(name, squares) {
  const inOrder = squares.every((sq, i) => sq === i * i);
  console.log(`${name}: ${squares.length} answers, in order: ${inOrder ? 'yes' : 'no'}; the server handled at most ${highest} at once`);
}

(async () => {
  const server = serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, handler);
  const base = `http://127.0.0.1:${server.addr.port}`;
  const items = Array.from({ length: URLS }, (_, i) => i);

  // 1. Semaphore: take a permit, fetch, give the permit back (finally: even on error).
  const sem = new Semaphore(CONCURRENCY);
  highest = 0;
  left = URLS;
  const squares = await Promise.all(items.map(async (n) => {
    const release = await sem.acquire();
    try {
      return await getItem(base, n);
    } finally {
      release();
    }
  }));
  report(`Semaphore(${CONCURRENCY})`, squares);
  console.log(`  permits available again: ${sem.available}, waiting: ${sem.waiting}`);

  // 2. limit(n): the same with less code; run(fn, ...args) queues fn(...args).
  const run = limit(CONCURRENCY);
  highest = 0;
  left = URLS;
  report(`limit(${CONCURRENCY})`, await Promise.all(items.map((n) => run(getItem, base, n))));
  console.log(`  running: ${run.activeCount}, waiting: ${run.pendingCount}`);

  await server.shutdown();
  console.log('server: shut down');
})();
