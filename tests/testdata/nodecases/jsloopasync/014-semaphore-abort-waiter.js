// An aborted waiter leaves the queue (waiting drops at once) and rejects with AbortError; the next release goes to the next live waiter; an already-aborted signal rejects without taking a permit.
const { Semaphore } = require('jsloop:async');
const sem = new Semaphore(1);
(async () => {
  const release = await sem.acquire();
  const ac = new AbortController();
  const a = sem.acquire({ signal: ac.signal }).then(() => console.log('a got it?'), (e) => console.log('a:', e.name, e.code, 'cause =', e.cause));
  const b = sem.acquire().then((r) => { console.log('b got the permit'); r(); });
  console.log('waiting before abort:', sem.waiting);
  ac.abort('changed my mind');
  console.log('waiting after abort:', sem.waiting);
  await sem.acquire({ signal: AbortSignal.abort('pre') }).catch((e) => console.log('pre-aborted:', e.name, e.cause, 'available', sem.available, 'waiting', sem.waiting));
  release();
  await Promise.all([a, b]);
  console.log('end: available', sem.available, 'waiting', sem.waiting);
  ac.abort('again'); // no listener left behind: nothing happens
})();
process.on('exit', () => console.log('exit'));
