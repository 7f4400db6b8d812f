// With maxPending 2 and concurrency 1, add() rejects new work with QueueFullError (code ERR_QUEUE_FULL) while two tasks already wait, without running it; once the queue drains it accepts work again.
const { Queue, QueueFullError, sleep } = require('jsloop:async');
const q = new Queue({ concurrency: 1, maxPending: 2 });
const ran = [];
const task = (name) => async () => { ran.push(name); await sleep(20); return name; };
const results = ['running', 'wait1', 'wait2', 'shed1', 'shed2'].map((name) => q.add(task(name)).catch((err) => {
  console.log(name, 'rejected:', err instanceof QueueFullError, err instanceof Error, err.name, err.code);
  console.log(err.message);
  return 'shed';
}));
console.log('size', q.size, 'pending', q.pending);
Promise.all(results).then(async (r) => {
  console.log(r, 'ran', ran);
  console.log('after drain:', await q.add(task('again')));
  const unbounded = new Queue();
  console.log('defaults: concurrency', unbounded.concurrency);
  const zero = new Queue({ concurrency: 1, maxPending: 0 });
  zero.add(() => sleep(10));
  await zero.add(() => 'x').catch((e) => console.log('maxPending 0:', e.code));
});
process.on('exit', () => console.log('exit'));
