// sleep(ms) resolves in timer order; an abort rejects it with AbortError (cause: reason) and clears the timer (exit at 100 ms, not 60 s); sleep(Infinity, { signal }) waits for the abort; bad arguments reject.
const { sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
sleep(200).then((v) => console.log(at(200), 'slept 200, value', v));
sleep(100).then(() => console.log(at(100), 'slept 100'));
sleep(0).then(() => console.log(at(0), 'slept 0'));
const ac = new AbortController();
sleep(60000, { signal: ac.signal }).catch((e) => console.log(at(100), 'long sleep:', e.name, e.cause));
sleep(Infinity, { signal: ac.signal }).catch((e) => console.log(at(100), 'infinite sleep:', e.name, e.cause));
setTimeout(() => ac.abort('wake up'), 100);
sleep(10, { signal: AbortSignal.abort('pre') }).catch((e) => console.log('pre-aborted:', e.name, e.cause));
for (const bad of [-1, '5', 2 ** 31]) sleep(bad).catch((e) => console.log(e.code, e.message));
sleep(1, { signal: {} }).catch((e) => console.log(e.code, e.message));
process.on('exit', () => console.log(at(200), 'exit'));
