// A ref'd worker keeps the parent alive; unref() lets the parent exit while the worker
// still waits on parentPort (which keeps the worker itself alive); ref() takes it back.
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(m + 1));
`, { eval: true });
w.on('message', (n) => {
  console.log('got', n);
  if (n < 3) { w.postMessage(n); return; }
  console.log('unref now');
  w.unref();
  process.on('exit', (c) => console.log('parent exits', c));
});
w.on('exit', () => console.log('not reached: the worker never ends by itself'));
w.postMessage(0);
