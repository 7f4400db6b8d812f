// Queue({ concurrency: 2 }) starts a task at once when a slot is free and the rest in FIFO order as slots free up (b..e flow through one slot while a holds the other until e is done); add() resolves to the task's result; size counts waiting tasks, pending running ones; onIdle resolves when both reach 0.
const { Queue, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const q = new Queue({ concurrency: 2 });
let eDone;
const eFinished = new Promise((resolve) => { eDone = resolve; });
const tasks = {
  a: [0, () => eFinished.then(() => sleep(100))], // holds its slot until e is done, then 100 ms
  b: [0, () => sleep(100)],
  c: [100, () => sleep(100)],
  d: [200, () => sleep(100)],
  e: [300, () => sleep(100).then(eDone)],
};
for (const [name, [start, work]] of Object.entries(tasks)) {
  q.add(async () => {
    console.log(at(start), 'start', name, `size=${q.size} pending=${q.pending}`);
    await work();
    return `${name} done`;
  }).then((v) => console.log(at(name === 'a' ? 500 : start + 100), 'result:', v));
}
console.log(at(0), 'added all: size', q.size, 'pending', q.pending, 'concurrency', q.concurrency);
q.onIdle().then(() => console.log(at(500), 'idle: size', q.size, 'pending', q.pending));
process.on('exit', () => console.log(at(500), 'exit'));
