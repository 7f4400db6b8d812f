// A signal aborts retry while it waits between attempts (clearing the 60 s timer) or while an attempt runs (rejecting at once at 100 ms; the attempt's late result at 200 ms is ignored, and the script exits then); fn gets the same signal.
const { retry, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const ac1 = new AbortController();
retry((attempt, { signal }) => {
  console.log(at(0), 'A attempt', attempt, signal === ac1.signal);
  throw new Error('A fails');
}, { minDelay: 60000, signal: ac1.signal }).catch((e) => console.log(at(100), 'A:', e.name, e.cause));
setTimeout(() => ac1.abort('stop waiting'), 100);

const ac2 = new AbortController();
retry(async (attempt, { signal }) => {
  console.log(at(0), 'B attempt', attempt);
  await sleep(200); // ignores the signal
  console.log(at(200), 'B attempt finished late');
  throw new Error('B fails late');
}, { signal: ac2.signal }).catch((e) => console.log(at(100), 'B:', e.name, e.cause));
setTimeout(() => ac2.abort('stop running'), 100);

retry(() => console.log('never called'), { signal: AbortSignal.abort('pre') }).catch((e) => console.log('C:', e.name, e.cause));
process.on('exit', () => console.log(at(200), 'exit'));
