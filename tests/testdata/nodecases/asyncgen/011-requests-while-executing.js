// Requests made while the body is running or awaiting are queued; a queued return() completes the generator after the pending yield, runs finally, and later next() calls resolve done.
const log = (s) => console.log(s);
async function* gen() {
  try {
    log('start');
    await null;
    log('after await');
    yield 1;
    log('not reached');
    yield 2;
  } finally {
    log('finally');
    await null;
    log('finally done');
  }
}
const g = gen();
const p1 = g.next();
const p2 = g.return('stop');
const p3 = g.next();
const p4 = g.throw(new Error('late'));
const p5 = g.return(Promise.resolve('again'));
[p1, p2, p3, p4, p5].forEach((p, k) => p.then((r) => log('p' + (k + 1) + ' ' + JSON.stringify(r)), (e) => log('p' + (k + 1) + ' rejected ' + e.message)));
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 10) return Promise.resolve().then(step); };
Promise.resolve().then(step);
