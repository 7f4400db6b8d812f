// limit(n) is the p-limit idiom: at most n functions run at once (2 here: 5 tasks of 100 ms start at 0, 0, 100, 100, 200 and all end at 300), results keep their order, extra arguments are passed, activeCount/pendingCount are live.
const { limit, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const run = limit(2);
const tasks = ['a', 'b', 'c', 'd', 'e'].map((name, i) => async () => {
  console.log(at(Math.floor(i / 2) * 100), 'run', name, `active=${run.activeCount} pending=${run.pendingCount}`);
  await sleep(100);
  return name.toUpperCase();
});
const all = Promise.all(tasks.map((t) => run(t)));
console.log('queued: active', run.activeCount, 'pending', run.pendingCount, 'concurrency', run.concurrency);
all.then(async (r) => {
  console.log(at(300), r);
  console.log(await run((x, y) => x + y, 2, 3), run.activeCount, run.pendingCount);
});
process.on('exit', () => console.log(at(300), 'exit'));
