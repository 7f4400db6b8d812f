// A body that throws (after spawning) counts as a failure: the children are cancelled, the group waits for them and rejects with the body's error.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let group;
TaskGroup.run((tg) => {
  group = tg;
  tg.spawn(async ({ signal }) => {
    try {
      await sleep(500, { signal });
    } finally {
      console.log(at(0), 'child finally, aborted =', signal.aborted);
      await sleep(100); // cleanup that takes time; the group waits for it
      console.log(at(100), 'child cleanup done');
    }
  });
  throw new Error('body failed');
}).catch((err) => {
  console.log(at(100), err.name, err.message, err.errors.length, err.errors[0].message);
  console.log('signal reason:', group.signal.reason.name, group.signal.reason.cause === err.errors[0]);
});
console.log(at(0), 'sync end');
process.on('exit', () => console.log(at(100), 'exit'));
