// Messages both ways in order, workerData, argv, env, threadId and isMainThread.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  console.log('main', isMainThread, threadId, parentPort, workerData);
  const w = new Worker(__filename, {
    workerData: { greeting: 'hi', list: [1, 2, 3], when: new Date(0) },
    argv: ['one', 2],
    env: { ONLY: 'this' },
  });
  console.log('threadId > 0', w.threadId > 0);
  const got = [];
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    got.push(m);
    if (m === 'ready') {
      for (let i = 0; i < 5; i++) w.postMessage(i);
      w.postMessage('done');
    }
  });
  w.on('exit', (code) => {
    console.log('messages', JSON.stringify(got));
    console.log('exit', code, w.threadId);
  });
} else {
  console.log('worker', isMainThread, typeof threadId, workerData);
  console.log('argv', process.argv.slice(2), 'env', JSON.stringify(process.env));
  const seen = [];
  parentPort.on('message', (m) => {
    if (m === 'done') {
      parentPort.postMessage(seen.reduce((a, b) => a + b, 0));
      parentPort.close();
      return;
    }
    seen.push(m);
    parentPort.postMessage(`echo ${m}`);
  });
  parentPort.postMessage('ready');
}
