// ordering.js: the event-loop ordering quiz. Before you run it, guess the order of the
// numbered lines; then run `jsloop scripts/ordering.js` (or `node`) and compare.
//
// The rules it shows, in Node's order:
//   1. synchronous code runs to completion first;
//   2. then every process.nextTick callback;
//   3. then every microtask: promise reactions and queueMicrotask, in the order queued;
//   4. then the loop's phases: timers (setTimeout/setInterval), then check (setImmediate);
//   5. inside a callback the same happens again: ticks and microtasks drain after every
//      single callback, and an immediate queued from a timer beats a new setTimeout 0.

const log = (n, what) => console.log(`${String(n).padStart(2)}. ${what}`);
let n = 0;

log(++n, 'sync: the script starts');

setTimeout(() => {
  log(++n, 'timer: setTimeout 0 (timers phase)');
  setImmediate(() => log(++n, 'immediate queued by the timer (check phase, same iteration)'));
  setTimeout(() => log(++n, 'timeout queued by the timer (next iteration)'), 0);
  process.nextTick(() => log(++n, 'tick queued by the timer (right after it)'));
  Promise.resolve().then(() => log(++n, 'microtask queued by the timer (after its ticks)'));
}, 0);

setImmediate(() => log(++n, 'immediate: setImmediate (check phase)'));

Promise.resolve().then(() => {
  log(++n, 'microtask: promise reaction');
  process.nextTick(() => log(++n, 'tick queued by a microtask (after all microtasks)'));
});
queueMicrotask(() => log(++n, 'microtask: queueMicrotask (same queue, FIFO)'));

process.nextTick(() => log(++n, 'tick: process.nextTick (before any microtask)'));

(async () => {
  log(++n, 'sync: an async function runs synchronously up to its first await');
  await null;
  log(++n, 'microtask: the rest of the async function after `await`');
})();

// Make sure the timer is due when the loop starts, so that the timers phase runs it
// before the check phase (otherwise setTimeout 0 against setImmediate is a race in Node).
const start = performance.now();
while (performance.now() - start < 2) { /* 2 ms of synchronous work */ }

log(++n, 'sync: the script ends');
