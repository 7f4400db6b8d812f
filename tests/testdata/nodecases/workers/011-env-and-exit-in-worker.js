// A worker gets a copy of the parent's environment (changes do not cross), runs its own
// process 'exit' listeners, and its process.exit(n) ends only the worker.
const { Worker } = require('worker_threads');

process.env.FROM_PARENT = 'yes';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => console.log('worker exit listener', code));
  console.log('worker sees', process.env.FROM_PARENT);
  process.env.FROM_WORKER = 'set';
  parentPort.on('message', (m) => {
    if (m === 'quit') process.exit(4);
  });
  parentPort.postMessage('ready');
`, { eval: true });
w.on('message', () => w.postMessage('quit'));
w.on('exit', (code) => {
  console.log('worker exited', code, 'parent sees', process.env.FROM_WORKER);
  setTimeout(() => console.log('parent still running'), 10);
});
