// load-shedding-server.js: a server that says "503, come back later" instead of falling
// over when a burst of requests comes in.
//
// The pattern: load shedding (admission control). A server that accepts every request
// queues them without limit: memory grows, every answer gets slower, clients time out
// and retry, and the retries add to the load. Better to decide at the door: handle at
// most maxInFlight requests at once, let at most maxQueue more wait for a turn, and
// answer any other at once with 503 Service Unavailable and a Retry-After header, which
// costs almost nothing. The clients that got in are served at full speed; the others
// know at once to back off and retry.
//   Java:   a bounded ThreadPoolExecutor (core threads + ArrayBlockingQueue) with a
//           RejectedExecutionHandler that answers 503; Tomcat's maxThreads/acceptCount
//   Python: a bounded asyncio.Queue with put_nowait raising QueueFull -> 503
//   Node:   server.maxConnections, or a middleware counting requests in flight
// jsloop:http's serve() does it in Go, before the request reaches the event loop:
//   serve({ port: 0, maxInFlight: 4, maxQueue: 2, retryAfter: 1 }, handler)
//
// The script starts such a server and sends it a burst of 20 requests at once. So that
// the counts do not depend on timing, the handler waits on a gate (a promise) that the
// script opens only once all 20 requests have been admitted, queued or shed (it reads
// server.stats to know). So exactly 4 are being handled, 2 wait and 14 are shed.
//
// What to watch in the output: the 14 shed requests get their 503 at once, while the
// gate is still closed (the server did not wait to refuse them). When the gate opens,
// the 4 requests in flight are answered, then the 2 that waited get their turn: 6
// answers of 200 in all. After the burst the server serves normally again.
//
// Run it (it needs network permission, for its own local server):
//   jsloop -A scripts/patterns/load-shedding-server.js

const { serve } = require('jsloop:http');

const MAX_IN_FLIGHT = 4;
const MAX_QUEUE = 2;
const BURST = 20;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The gate the handler waits on during the burst.
let openGate;
let gate = new Promise((resolve) => { openGate = resolve; });
let handling = 0; // requests inside the handler now

const server = serve({
  port: 0,
  hostname: '127.0.0.1',
  onListen() {}, // print nothing when listening
  maxInFlight: MAX_IN_FLIGHT, // at most 4 requests handled at once
  maxQueue: MAX_QUEUE, // at most 2 more wait for a turn; any other gets a 503
  retryAfter: 1, // the Retry-After header of a 503, in seconds
}, async () => {
  handling++;
  await gate;
  handling--;
  return new Response('ok');
});
const url = `http://127.0.0.1:${server.addr.port}/`;

// settled waits until every request of the burst is accounted for: inside the
// handler, waiting in the queue, or shed with its 503 received. It reads server.stats
// (jsloop only: what admission sees) every 5 ms and wants two readings in a row that
// agree, because a request that is being admitted at the moment of a reading can be
// counted in two places at once.
async function settled(statuses) {
  let before = {};
  for (;;) {
    await sleep(5);
    const now = server.stats;
    const { inFlight, queued, shed } = now;
    const agree = inFlight === before.inFlight && queued === before.queued && shed === before.shed;
    if (agree && inFlight + queued + shed === BURST && handling === inFlight && statuses.length === shed) return now;
    before = now;
  }
}

(async () => {
  console.log(`a burst of ${BURST} requests at a server with maxInFlight ${MAX_IN_FLIGHT}, maxQueue ${MAX_QUEUE}:`);
  const statuses = [];
  let retryAfter;
  const burst = Array.from({ length: BURST }, () => fetch(url).then(async (res) => {
    await res.text();
    statuses.push(res.status);
    if (res.status === 503) retryAfter = res.headers.get('retry-after');
  }));

  const { inFlight, queued, shed } = await settled(statuses);
  console.log(`  server.stats: ${inFlight} in flight, ${queued} queued, ${shed} shed`);
  console.log(`  with the gate still closed: ${statuses.length} answers, all 503: ${statuses.every((s) => s === 503)} (Retry-After: ${retryAfter})`);
  console.log(`  requests inside the handler: ${handling}`);

  console.log('open the gate');
  openGate();
  await Promise.all(burst);
  const count = (status) => statuses.filter((s) => s === status).length;
  console.log(`  answers: ${count(200)} x 200, ${count(503)} x 503`);

  // The burst is over: the server answers normally (without a gate) again, once it has
  // finished with the burst (a slot is freed just after its answer is sent).
  gate = Promise.resolve();
  while (server.stats.inFlight > 0) await sleep(5);
  const again = await Promise.all([fetch(url), fetch(url), fetch(url)]);
  console.log(`after the burst, 3 more requests: ${again.map((res) => res.status).join(', ')}`);
  await Promise.all(again.map((res) => res.text()));

  await server.shutdown();
  console.log('server: shut down');
})();
