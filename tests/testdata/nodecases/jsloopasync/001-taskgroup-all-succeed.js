// TaskGroup.run waits for every child (finishing at 100, 200 and 300 ms) and fulfils with the body's result; spawn returns each child's result and children get { signal }.
const { TaskGroup, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let tg0;
TaskGroup.run(async (tg) => {
  tg0 = tg;
  const results = [300, 100, 200].map((d) => tg.spawn(async ({ signal }) => {
    console.log(at(0), 'start', d, signal instanceof AbortSignal, signal === tg.signal);
    await sleep(d, { signal });
    console.log(at(d), 'done', d);
    return d * 2;
  }));
  console.log(at(0), 'body spawned', tg.size, 'children');
  Promise.all(results).then((r) => console.log(at(300), 'child results', r));
  return 'body result';
}).then((v) => console.log(at(300), 'group fulfilled:', v, 'signal aborted:', tg0.signal.aborted));
process.on('exit', () => console.log(at(300), 'exit'));
