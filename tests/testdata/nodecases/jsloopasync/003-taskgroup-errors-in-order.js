// The AggregateError lists every real failure in the order they happened (B at 100 ms, then A at 200 ms after the abort); rejections with an AbortError (Node's or a DOMException) or with the signal's reason are cancellations and left out.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
TaskGroup.run((tg) => {
  tg.spawn(async () => {
    await sleep(200); // ignores the signal and fails with its own error
    console.log(at(200), 'A fails');
    throw new TypeError('A');
  });
  tg.spawn(async () => {
    await sleep(100);
    console.log(at(100), 'B fails');
    throw new RangeError('B');
  });
  tg.spawn(({ signal }) => sleep(60000, { signal }));
  tg.spawn(({ signal }) => new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  }));
  tg.spawn(({ signal }) => new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
  }));
}).catch((err) => {
  console.log(at(200), err.message);
  for (const e of err.errors) console.log(' ', e.name, e.message);
});
process.on('exit', () => console.log(at(200), 'exit'));
