// withTimeout also takes a promise (or a plain value): it races it against the timer; a promise that rejects after the time-out causes no unhandled rejection; Infinity means no timer.
const { withTimeout, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
process.on('unhandledRejection', (e) => console.log('unhandled!', e));
withTimeout(sleep(100).then(() => 'fast'), 300).then((v) => console.log(at(100), 'fast:', v));
withTimeout(sleep(200).then(() => { throw new Error('late failure'); }), 100)
  .catch((e) => console.log(at(100), 'slow:', e.name, e.message));
withTimeout(42, 100).then((v) => console.log(at(0), 'value:', v));
withTimeout(sleep(200).then(() => 'no limit'), Infinity).then((v) => console.log(at(200), 'infinite:', v));
process.on('exit', () => console.log(at(200), 'exit'));
