// next() calls made before the body runs are queued; the first starts the body synchronously, and the rest resume it without a new request from the consumer.
const log = (s) => console.log(s);
async function* gen() {
  log('body start');
  const x = yield 'first';
  log('resumed with ' + x);
  const y = yield 'second';
  log('resumed with ' + y);
  return 'end';
}
const g = gen();
log('before next');
const ps = [g.next('ignored'), g.next('A'), g.next('B'), g.next('C'), g.next('D')];
log('after next');
ps.forEach((p, k) => p.then((r) => log(k + ' ' + JSON.stringify(r))));
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 8) return Promise.resolve().then(step); };
Promise.resolve().then(step);
log('distinct promises ' + (new Set(ps).size === ps.length) + ' ' + (ps[0] instanceof Promise));
