// When the work settles first (at 100 ms, limit 60 s) withTimeout settles the same way, clears its timer (the script exits at 100 ms, not 60 s) and leaves the work's signal unaborted.
const { withTimeout, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let sig;
withTimeout(async ({ signal }) => {
  sig = signal;
  await sleep(100, { signal });
  return 'value';
}, 60000).then((v) => console.log(at(100), 'fulfilled:', v, 'signal aborted:', sig.aborted));
withTimeout(({ signal }) => sleep(100, { signal }).then(() => { throw new Error('work failed'); }), 60000)
  .catch((e) => console.log(at(100), 'rejected with the work\'s error:', e.message));
withTimeout(() => 'sync value', 60000).then((v) => console.log(at(0), v));
withTimeout(() => { throw new Error('sync throw'); }, 60000).catch((e) => console.log(at(0), e.message));
process.on('exit', () => console.log(at(100), 'exit'));
