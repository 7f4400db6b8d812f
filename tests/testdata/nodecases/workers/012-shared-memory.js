// SharedArrayBuffers cross to workers without a copy: workerData and messages carry the
// same memory, Atomics.add from two workers loses no update, Atomics.wait in a worker
// wakes on the main thread's notify, and Atomics.waitAsync on the main thread settles
// when a worker notifies. Blocking waits happen in workers only, so the order is fixed.
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const counters = new Int32Array(sab);
const adder = `
  const { workerData } = require('worker_threads');
  const counters = new Int32Array(workerData.sab);
  for (let i = 0; i < workerData.times; i++) Atomics.add(counters, 0, 1);
`;

function exited(w) {
  return new Promise((resolve) => w.on('exit', resolve));
}

async function main() {
  const adders = [1, 2].map(() => new Worker(adder, { eval: true, workerData: { sab, times: 5000 } }));
  console.log('exit codes', await Promise.all(adders.map(exited)));
  console.log('counter after two workers added 5000 each:', Atomics.load(counters, 0));

  // A worker blocks in Atomics.wait until the main thread stores and notifies.
  const waiter = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (shared) => {
      const flags = new Int32Array(shared);
      Atomics.store(flags, 2, 1); // ready
      const result = Atomics.wait(flags, 1, 0);
      parentPort.postMessage({ result, value: Atomics.load(flags, 1) });
    });
  `, { eval: true });
  waiter.postMessage(sab);
  while (Atomics.load(counters, 2) !== 1) await new Promise((r) => setTimeout(r, 5));
  const reply = new Promise((resolve) => waiter.once('message', resolve));
  // The worker may not have begun waiting yet: notify until it has been woken.
  Atomics.store(counters, 1, 42);
  let woken = 0;
  while (woken === 0) {
    woken = Atomics.notify(counters, 1);
    if (woken === 0) await new Promise((r) => setTimeout(r, 5));
  }
  console.log('woke', woken, 'waiter');
  console.log('waiter said', await reply);
  await exited(waiter);

  // The main thread waits asynchronously; a worker notifies it.
  const asyncWait = Atomics.waitAsync(counters, 3, 0);
  console.log('waitAsync is async:', asyncWait.async);
  const notifier = new Worker(`
    const { workerData } = require('worker_threads');
    const counters = new Int32Array(workerData);
    Atomics.store(counters, 3, 7);
    // The main thread is already waiting (it called waitAsync before starting this worker).
    require('worker_threads').parentPort.postMessage(Atomics.notify(counters, 3));
  `, { eval: true, workerData: sab });
  const [notified] = await Promise.all([new Promise((r) => notifier.once('message', r)), exited(notifier)]);
  console.log('worker woke', notified, '; waitAsync gave', await asyncWait.value, '; value', Atomics.load(counters, 3));

  // A message carries a new SharedArrayBuffer object over the same memory.
  const echo = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (m) => {
      Atomics.store(new Int32Array(m.buf), 0, -1);
      parentPort.postMessage({ back: m.buf, view: new Int32Array(m.buf, 4, 2), isShared: m.buf instanceof SharedArrayBuffer });
    });
  `, { eval: true });
  echo.postMessage({ buf: sab });
  const back = await new Promise((r) => echo.once('message', r));
  console.log('echo: same object', back.back === sab, '; shared', back.isShared, '; view', back.view,
    '; main sees', Atomics.load(counters, 0));
  back.view[0] = 99;
  console.log('a write through the echoed view shows in the original:', counters[1]);
  await exited(echo);
}

main();
