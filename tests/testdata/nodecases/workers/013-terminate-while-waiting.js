// terminate() ends a worker blocked in Atomics.wait with no timeout: the wait gives way
// and the worker exits with code 1, as a worker stopped in any other busy state does.
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const flags = new Int32Array(sab);
const w = new Worker(`
  const flags = new Int32Array(require('worker_threads').workerData);
  Atomics.store(flags, 1, 1);
  Atomics.wait(flags, 0, 0);
  console.log('never printed');
`, { eval: true, workerData: sab });
w.on('exit', (code) => console.log('exit', code, 'nobody woke it:', Atomics.notify(flags, 0)));
(async () => {
  while (Atomics.load(flags, 1) !== 1) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 20)); // most likely waiting by now; either way it ends
  console.log('terminate resolves with', await w.terminate());
})();
