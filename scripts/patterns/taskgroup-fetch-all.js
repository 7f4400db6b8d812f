// taskgroup-fetch-all.js: fetch several URLs as one unit of work, with a TaskGroup.
//
// The pattern: structured concurrency. Python 3.11's asyncio.TaskGroup:
//
//   async with asyncio.TaskGroup() as tg:
//       tasks = [tg.create_task(fetch(url)) for url in urls]
//   # here every task has finished; if one failed, the others were cancelled
//   # and an ExceptionGroup holding the failures was raised
//
// (Java 21: StructuredTaskScope.ShutdownOnFailure.) In jsloop:
//
//   await TaskGroup.run(async (tg) => {
//     for (const url of urls) tg.spawn(({ signal }) => fetch(url, { signal }));
//   });
//
// Each child gets the group's signal. When one child fails, the group aborts that
// signal, so every fetch still running is cancelled at once (no socket or timer is left
// working for an answer nobody wants); the group waits until every child has settled,
// then rejects with an AggregateError (Python's ExceptionGroup) of the real failures:
// the children that were cancelled are not failures of their own.
// Promise.all is not enough: it rejects on the first failure but leaves the others
// running.
//
// The script starts its own server (jsloop:http's serve, on a free port), with:
//   /users/1, /orders?user=1, /prices   answer JSON after a few ms
//   /inventory                          answers 500 (the failing dependency)
//   /reviews, /ads                      hang: they answer only when the client goes away
//
// What to watch in the output: in the first run every fetch succeeds and the results
// come back in the order they were spawned. In the second, /inventory fails and the
// two hung fetches are cancelled by the group's signal (they would otherwise wait for
// ever); the AggregateError lists only the real failure. The server sees both clients
// go away, which ends its hung handlers, so it can shut down: the script exits by
// itself.
//
// Run it (it needs network permission, for its own local server):
//   jsloop -A scripts/patterns/taskgroup-fetch-all.js

const { serve } = require('jsloop:http');
const { TaskGroup } = require('jsloop:async');

// --- the server --------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// latch returns a promise and the function that resolves it.
function latch() {
  let open;
  const promise = new Promise((resolve) => { open = resolve; });
  return { promise, open };
}

let hanging = 0; // hung requests that reached the server
const bothHere = latch(); // opened when both hung requests have reached it
let clientsGone = 0; // hung requests whose client went away
const bothGone = latch(); // opened when both have seen their client go away

async function handler(request) {
  const { pathname } = new URL(request.url);
  switch (pathname) {
    case '/users/1':
      await sleep(10);
      return Response.json({ name: 'Ada' });
    case '/orders':
      await sleep(20);
      return Response.json([{ id: 7, total: 42 }]);
    case '/prices':
      await sleep(5);
      return Response.json({ currency: 'EUR' });
    case '/inventory':
      // Fail, but only once both hung requests are here, so that the failure always
      // finds them hanging (on a slow machine they could otherwise arrive after it).
      await bothHere.promise;
      return new Response('database unreachable', { status: 500 });
    case '/reviews':
    case '/ads':
      if (++hanging === 2) bothHere.open();
      // Hang until the client goes away: request.signal aborts when it does.
      await new Promise((resolve) => {
        if (request.signal.aborted) resolve();
        else request.signal.addEventListener('abort', resolve);
      });
      if (++clientsGone === 2) bothGone.open();
      return new Response(null, { status: 499 }); // nobody reads it
    default:
      return new Response('not found', { status: 404 });
  }
}

// --- the client --------------------------------------------------------------------

// getJSON fetches a URL with the task's signal and fails on an HTTP error status.
async function getJSON(base, path, signal) {
  try {
    const res = await fetch(base + path, { signal });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
    return await res.json();
  } catch (err) {
    if (signal.aborted && err === signal.reason) console.log(`  GET ${path}: cancelled (${err.message})`);
    else console.log(`  GET ${path}: failed`);
    throw err;
  }
}

// fetchAll fetches every path inside one TaskGroup and returns their results in order.
function fetchAll(base, paths) {
  return TaskGroup.run((tg) => Promise.all(paths.map((path) => tg.spawn(({ signal }) => getJSON(base, path, signal)))));
}

(async () => {
  const server = serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, handler);
  const base = `http://127.0.0.1:${server.addr.port}`;

  console.log('--- every URL answers');
  const results = await fetchAll(base, ['/users/1', '/orders?user=1', '/prices']);
  console.log('  results:', JSON.stringify(results));

  console.log('--- /inventory fails while /reviews and /ads hang');
  try {
    await fetchAll(base, ['/reviews', '/inventory', '/ads']);
    console.log('  results: (not reached)');
  } catch (err) {
    console.log(`  ${err.name}: ${err.message}`);
    for (const e of err.errors) console.log(`    - ${e.message}`);
  }

  // The cancelled fetches closed their connections; the server notices and aborts
  // each hung request's signal, which ends its handler.
  await bothGone.promise;
  console.log(`server: ${clientsGone} hung requests ended because their client went away`);
  // shutdown() stops listening, lets the requests in flight finish (none are left) and
  // resolves when the server is down; then nothing keeps the script alive.
  await server.shutdown();
  console.log('server: shut down');
})();
