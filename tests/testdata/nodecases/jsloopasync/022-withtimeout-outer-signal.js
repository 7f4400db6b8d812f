// An outer signal aborting (at 100 ms, limit 60 s) rejects withTimeout with an AbortError (cause: the outer reason), aborts the work's signal with that reason and clears the timer; an already-aborted one rejects without calling fn.
const { withTimeout, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const ac = new AbortController();
setTimeout(() => ac.abort('outer reason'), 100);
withTimeout(({ signal }) => new Promise((resolve, reject) => {
  signal.addEventListener('abort', () => {
    console.log(at(100), 'work aborted with', signal.reason);
    reject(signal.reason);
  });
}), 60000, { signal: ac.signal }).catch((e) => console.log(at(100), e.name, e.code, 'cause:', e.cause));
let called = false;
withTimeout(() => { called = true; }, 100, { signal: AbortSignal.abort('pre') })
  .catch((e) => console.log('pre-aborted:', e.name, e.cause, 'called:', called));
process.on('exit', () => console.log(at(100), 'exit'));
