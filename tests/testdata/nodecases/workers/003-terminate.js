// terminate() stops a worker even in an endless loop, resolves with exit code 1 after
// 'exit', and resolves with undefined once the worker has ended.
const { Worker } = require('worker_threads');

(async () => {
  const busy = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
  // eval workers see the module's exports only through require
  busy.on('error', (e) => console.log('unexpected error', e));
  busy.on('exit', (code) => console.log('busy exit event', code));
  await new Promise((resolve) => busy.once('online', resolve));
  console.log('busy online');
  const code = await busy.terminate();
  console.log('busy terminate ->', code);
  console.log('again ->', await busy.terminate());

  const idle = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => parentPort.postMessage(m * 2));
  `, { eval: true });
  const doubled = await new Promise((resolve) => { idle.once('message', resolve); idle.postMessage(21); });
  console.log('idle answered', doubled);
  const exited = new Promise((resolve) => idle.on('exit', resolve));
  console.log('idle terminate ->', await idle.terminate(), 'exit event', await exited);
  idle.postMessage('ignored after exit');
  console.log('done');
})();
