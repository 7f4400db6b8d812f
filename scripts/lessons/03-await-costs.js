// Lesson 3: what an `await` costs, counted in microtask turns.
//
// Every `await` gives up the rest of the current job and resumes in a later microtask,
// even when the value is already there. How many turns later depends on what is
// awaited:
//
//   await 42 / await nativePromise          1 turn
//   await thenable (an object with then())  2 turns: a job calls then(), then the resumption
//   return promise from an async function   3 turns before the caller's await resumes
//                                           (vs 1 for `return value`), because the
//                                           function's own promise adopts the returned
//                                           one through a thenable job
//   return await promise                    1 turn more than `return value`
//   new Promise(r => r(promise))            3 turns: resolving with a promise adopts it
//                                           through a thenable job too
//
// These are the rules of the language (V8 and goja agree), and they are why an extra
// async wrapper or a "return await" can reorder output. We measure them with a counter
// that advances once per microtask turn: a self-requeueing queueMicrotask.
//
// Run it, then watch the jobs:
//   jsloop scripts/lessons/03-await-costs.js
//   jsloop --virtual-time --trace scripts/lessons/03-await-costs.js
// Each "microtask" run in the trace is one job: the counter's are the queueMicrotask
// runs queued from inside tick(), the awaits' are "promise" runs. (The job that calls
// a thenable's then() is not in the trace yet: the engine runs it without telling the
// loop.)

let turn = 0;
let counting = false;
function tick() {
  if (!counting) return;
  turn++;
  queueMicrotask(tick);
}

// turnsFor starts the counter and `await op()` in the same turn and returns how many
// turns passed before the await resumed.
async function turnsFor(op) {
  turn = 0;
  counting = true;
  queueMicrotask(tick);
  await op();
  const spent = turn;
  counting = false;
  // Let the counter's last job run out before the next measurement.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return spent;
}

// Each operation runs inside an async arrow, whose own return costs a turn too: the
// baseline, an arrow that awaits nothing, is subtracted.
let baseline = 0;
async function measure(label, op) {
  const cost = (await turnsFor(op)) - baseline;
  console.log(`${label.padEnd(40)} ${cost} turn(s)`);
}

const thenable = { then(resolve) { resolve('from a thenable'); } };

async function returnsValue() { return 1; }
async function returnsPromise() { return Promise.resolve(1); }
async function returnsAwaited() { return await Promise.resolve(1); }

(async () => {
  baseline = await turnsFor(async () => {});
  console.log(`baseline: an async arrow that awaits nothing resumes its caller after ${baseline} turn(s)`);
  await measure('await 42', async () => { await 42; });
  await measure('await Promise.resolve(42)', async () => { await Promise.resolve(42); });
  await measure('await thenable', async () => { await thenable; });
  await measure('await (async () => value)()', async () => { await returnsValue(); });
  await measure('await (async () => promise)()', async () => { await returnsPromise(); });
  await measure('await (async () => await promise)()', async () => { await returnsAwaited(); });
  await measure('await new Promise(r => r(promise))', async () => {
    await new Promise((resolve) => resolve(Promise.resolve(1)));
  });
})();
