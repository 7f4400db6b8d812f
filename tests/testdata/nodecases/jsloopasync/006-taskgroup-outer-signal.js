// An outer signal aborting (at 100 ms) aborts the group signal with the outer reason, cancels every child, and the group rejects with an AbortError whose cause is that reason.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const ac = new AbortController();
setTimeout(() => ac.abort('user cancelled'), 100);
TaskGroup.run((tg) => {
  for (const name of ['x', 'y']) {
    tg.spawn(async ({ signal }) => {
      try {
        await sleep(60000, { signal });
      } catch (err) {
        console.log(at(100), name, 'cancelled:', err.name, 'cause =', err.cause, 'reason =', signal.reason);
        throw err;
      }
    });
  }
  tg.spawn(({ signal }) => { signal.throwIfAborted(); return 'sync child'; });
}, { signal: ac.signal }).catch((err) => {
  console.log(at(100), 'group:', err.name, err.code, err.message, 'cause =', err.cause);
});
process.on('exit', () => console.log(at(100), 'exit'));
