// Long limits that never fire leave nothing behind: work done at 100 ms under a 60 s withTimeout, a 60 s retry backoff never needed, a 60 s sleep aborted, a 60 s circuit resetTimeout; the script exits at 100 ms.
const { TaskGroup, withTimeout, sleep, retry, CircuitBreaker, Queue } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const ac = new AbortController();
TaskGroup.run(async (tg) => {
  tg.spawn(() => withTimeout(sleep(100), 60000).then(() => console.log(at(100), 'withTimeout done')));
  tg.spawn(() => retry(() => sleep(100).then(() => 'ok'), { minDelay: 60000 }).then((v) => console.log(at(100), 'retry', v)));
  tg.spawn(() => sleep(60000, { signal: ac.signal }).catch((e) => console.log(at(100), 'long sleep', e.name)));
  const breaker = new CircuitBreaker(() => { throw new Error('x'); }, { failureThreshold: 1, resetTimeout: 60000 });
  tg.spawn(() => breaker.call().catch(() => console.log(at(0), 'breaker', breaker.state)));
  const q = new Queue({ concurrency: 1 });
  tg.spawn(() => q.add(() => sleep(100)).then(() => q.onIdle()).then(() => console.log(at(100), 'queue idle')));
  await sleep(100);
  ac.abort();
}).then(() => console.log(at(100), 'group done'));
process.on('exit', () => console.log(at(100), 'exit'));
