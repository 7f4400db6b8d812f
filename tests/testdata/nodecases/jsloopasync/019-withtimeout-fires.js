// withTimeout(fn, 100) aborts fn's signal at 100 ms with a TimeoutError DOMException naming the ms and rejects with that same error; a well-behaved fn stops, so the script exits at 100 ms.
const { withTimeout, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let seen;
withTimeout(async ({ signal }) => {
  seen = signal;
  signal.addEventListener('abort', () => console.log(at(100), 'work signal aborted:', signal.reason.name));
  await sleep(60000, { signal });
  console.log('not reached');
}, 100).catch((err) => {
  console.log(at(100), 'rejected:', err.name, err instanceof DOMException, err.code === DOMException.TIMEOUT_ERR);
  console.log(err.message);
  console.log('same error as the signal reason:', err === seen.reason);
});
process.on('exit', () => console.log(at(100), 'exit'));
