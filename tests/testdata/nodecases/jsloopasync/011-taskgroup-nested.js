// Groups nest: an inner group's AggregateError fails the outer group's child, and cancelling the outer group (via its signal passed as the inner group's signal) cancels the inner group's children.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
TaskGroup.run((outer) => {
  outer.spawn(({ signal }) => TaskGroup.run((inner) => {
    inner.spawn(async () => {
      await sleep(100);
      throw new Error('deep failure');
    });
    inner.spawn(async ({ signal: s }) => {
      await sleep(60000, { signal: s }).catch((e) => { console.log(at(100), 'inner sibling cancelled:', e.name); throw e; });
    });
  }, { signal }));
  outer.spawn(({ signal }) => TaskGroup.run((inner2) => {
    inner2.spawn(({ signal: s }) => sleep(60000, { signal: s }).catch((e) => {
      console.log(at(100), 'other inner group child cancelled, cause:', e.cause.name, e.cause.cause.message);
      throw e;
    }));
  }, { signal }));
}).catch((err) => {
  console.log(at(100), err.message);
  const [e] = err.errors;
  console.log(e.name, e.message, e.errors.map((x) => x.message));
});
process.on('exit', () => console.log(at(100), 'exit'));
