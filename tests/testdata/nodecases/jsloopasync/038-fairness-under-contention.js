// FIFO fairness under contention: 3 workers each loop acquiring a Semaphore(1) 3 times; with FIFO hand-off they take strict turns (a b c a b c a b c), and a Queue(concurrency 1) runs tasks in the order added even when tasks are added while others run.
const { Semaphore, Queue, sleep } = require('jsloop:async');
const sem = new Semaphore(1);
const turns = [];
const worker = async (name) => {
  for (let i = 0; i < 3; i++) {
    await sem.with(async () => {
      turns.push(name);
      await sleep(5);
    });
  }
};
Promise.all(['a', 'b', 'c'].map(worker)).then(async () => {
  console.log('semaphore turns:', turns.join(' '));
  const q = new Queue({ concurrency: 1 });
  const order = [];
  const add = (name) => q.add(async () => {
    order.push(name);
    await sleep(5);
    if (name === 1) add(4); // added while 2 and 3 wait: runs after them
  });
  add(1);
  add(2);
  add(3);
  await sleep(10);
  await q.onIdle();
  console.log('queue order:', order.join(' '));
});
process.on('exit', () => console.log('exit'));
