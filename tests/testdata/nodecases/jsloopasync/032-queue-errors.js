// A task that rejects or throws synchronously rejects only its own add() promise and the queue goes on; bad options throw at construction and a bad add() rejects.
const { Queue } = require('jsloop:async');
const q = new Queue({ concurrency: 1 });
const log = (x) => console.log(x instanceof Error ? `error: ${x.message}` : `value: ${x}`);
q.add(() => Promise.reject(new Error('async failure'))).then(log, log);
q.add(() => { throw new Error('sync failure'); }).then(log, log);
q.add(() => 'still running').then(log, log);
q.onIdle().then(() => {
  console.log('idle');
  for (const opts of [{ concurrency: 0 }, { concurrency: 1.5 }, { maxPending: -1 }, { concurrency: '2' }, null]) {
    try { new Queue(opts); } catch (e) { console.log(JSON.stringify(opts), e.code); }
  }
  q.add(5).catch((e) => console.log('add(5):', e.code));
  console.log('Infinity ok:', new Queue({ concurrency: Infinity, maxPending: Infinity }).concurrency);
});
process.on('exit', () => console.log('exit'));
