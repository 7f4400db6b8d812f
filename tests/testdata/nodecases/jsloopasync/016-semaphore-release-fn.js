// The release function acquire() resolves to is idempotent; tryAcquire takes a free permit or returns undefined; release() gives a permit back (Semaphore(0) works as a signal); bad counts throw.
const { Semaphore } = require('jsloop:async');
const sem = new Semaphore(2);
const r1 = sem.tryAcquire();
const r2 = sem.tryAcquire();
console.log(typeof r1, typeof r2, sem.tryAcquire(), sem.available);
r1();
r1();
r1();
console.log('after releasing r1 three times:', sem.available);
r2();
console.log('after r2:', sem.available);

const gate = new Semaphore(0);
gate.acquire().then((release) => console.log('gate opened, got', typeof release, 'waiting', gate.waiting));
console.log('gate waiting', gate.waiting);
setTimeout(() => gate.release(), 10);

for (const bad of [-1, 1.5, '2', NaN]) {
  try { new Semaphore(bad); } catch (e) { console.log(e.code, e.message); }
}
process.on('exit', () => console.log('exit', gate.available));
