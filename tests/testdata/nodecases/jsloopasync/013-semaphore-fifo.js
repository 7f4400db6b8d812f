// Semaphore hands permits out in FIFO order: a released permit goes straight to the longest waiter, so a later acquire cannot barge in even when it comes right after the release; available/waiting track it.
const { Semaphore } = require('jsloop:async');
const sem = new Semaphore(1);
const log = [];
const stat = (label) => log.push(`${label}: available=${sem.available} waiting=${sem.waiting}`);
(async () => {
  const release0 = await sem.acquire();
  stat('first holds the permit');
  const waiters = ['w1', 'w2', 'w3'].map((name) => sem.acquire().then((release) => {
    log.push(`${name} got it`);
    setTimeout(release, 10);
  }));
  stat('three waiting');
  release0();
  stat('after release (handed to w1 directly)');
  const late = sem.acquire().then((release) => {
    log.push('late acquirer got it last');
    release();
  });
  stat('late acquirer queued');
  await Promise.all([...waiters, late]);
  stat('all done');
  log.forEach((l) => console.log(l));
})();
process.on('exit', () => console.log('exit'));
