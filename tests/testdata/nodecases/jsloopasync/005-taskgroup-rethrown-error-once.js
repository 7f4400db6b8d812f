// A body or sibling that awaits a failed child's promise and rethrows the same error does not list it twice; a failure nobody awaits is still reported (spawn's promise is handled: no unhandledRejection).
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
process.on('unhandledRejection', (e) => console.log('unhandled!', e));
TaskGroup.run(async (tg) => {
  const failing = tg.spawn(async () => {
    await sleep(100);
    console.log(at(100), 'child fails');
    throw new Error('child failed');
  });
  tg.spawn(async () => { await failing; }); // rethrows the same error
  tg.spawn(async () => { // never awaited by anyone, ignores the signal
    await sleep(200);
    console.log(at(200), 'unawaited child fails');
    throw new Error('unawaited failure');
  });
  await failing; // the body rethrows it too
}).catch((err) => {
  console.log(at(200), err.message);
  console.log(err.errors.map((e) => e.message));
});
process.on('exit', () => console.log(at(200), 'exit'));
