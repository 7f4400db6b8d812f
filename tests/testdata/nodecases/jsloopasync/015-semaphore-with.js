// sem.with(fn) runs fn holding a permit and releases it whether fn fulfils or throws; at most n run at once (n = 2 here, 6 jobs of 100 ms take 300 ms).
const { Semaphore, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const sem = new Semaphore(2);
let running = 0, max = 0;
const job = (i) => sem.with(async () => {
  running++;
  max = Math.max(max, running);
  console.log(at(Math.floor((i - 1) / 2) * 100), 'start', i);
  await sleep(100);
  running--;
  if (i === 2) throw new Error(`job ${i} failed`);
  return i * 10;
});
Promise.allSettled([1, 2, 3, 4, 5, 6].map(job)).then((r) => {
  console.log(at(300), r.map((x) => x.status === 'fulfilled' ? x.value : x.reason.message));
  console.log('max concurrent', max, 'available', sem.available);
});
process.on('exit', () => console.log(at(300), 'exit'));
