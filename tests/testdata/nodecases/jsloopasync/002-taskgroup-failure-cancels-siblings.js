// When one child fails (at 100 ms) the group signal aborts, a sibling that listens stops at once (its AbortError is not reported), one that ignores the signal is awaited (until 200 ms), and the group rejects with an AggregateError of the real failure only.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted; the 60 s timers here are ones that must be
// cleared); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
TaskGroup.run((tg) => {
  tg.spawn(async () => {
    await sleep(100);
    console.log(at(100), 'A throws');
    throw new Error('A failed');
  });
  tg.spawn(async ({ signal }) => {
    try {
      await sleep(60000, { signal });
    } catch (err) {
      console.log(at(100), 'B cancelled:', err.name, err.code);
      throw err;
    }
  });
  tg.spawn(async ({ signal }) => {
    await sleep(200);
    console.log(at(200), 'C ignored the signal; finished, signal.aborted =', signal.aborted);
  });
}).then(() => console.log('fulfilled?'), (err) => {
  console.log(at(200), 'group rejected:', err.constructor.name, err.message);
  console.log(err.errors.map((e) => e.message));
});
process.on('exit', () => console.log(at(200), 'exit (the 60 s sleep was cleared)'));
