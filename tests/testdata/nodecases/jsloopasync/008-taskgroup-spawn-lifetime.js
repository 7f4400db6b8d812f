// Children may spawn siblings until the group settles (even after the body returned); spawn throws an AbortError while the group is shutting down and ERR_TASK_GROUP_CLOSED after it settled, so no child outlives its group.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let saved;
TaskGroup.run((tg) => {
  saved = tg;
  tg.spawn(async () => {
    await sleep(100);
    console.log(at(100), 'child spawns a grandchild after the body returned');
    tg.spawn(async () => {
      await sleep(100);
      console.log(at(200), 'grandchild done');
    });
  });
  return 'ok';
}).then((v) => {
  console.log(at(200), 'group 1:', v);
  try {
    saved.spawn(() => {});
  } catch (err) {
    console.log('spawn after settle:', err.name, err.code, err.message);
  }
});

TaskGroup.run((tg) => {
  tg.spawn(() => { throw new Error('fails at once'); });
  return sleep(10).then(() => {
    try {
      tg.spawn(() => console.log('never runs'));
    } catch (err) {
      console.log('spawn while shutting down:', err.name, err.message, '/ cause:', err.cause.name, err.cause.cause.message);
      throw err; // an AbortError after the abort: not reported as a failure
    }
  });
}).catch((err) => console.log('group 2:', err.errors.map((e) => e.message)));
process.on('exit', () => console.log(at(200), 'exit'));
