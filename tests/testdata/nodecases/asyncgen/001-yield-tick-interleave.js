// Each yield awaits its operand (one job) and the next() promise is fulfilled with a plain result, so the consumer's await costs one more job; steps interleave with an independent promise chain.
const log = (s) => console.log(s);
async function* gen() {
  log('start');
  yield 1;
  log('after 1');
  yield 2;
  log('after 2');
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 10) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const g = gen();
  log('created');
  const a = await g.next();
  log('got ' + JSON.stringify(a));
  const b = await g.next();
  log('got ' + JSON.stringify(b));
  const c = await g.next();
  log('got ' + JSON.stringify(c));
  const d = await g.next();
  log('got ' + JSON.stringify(d));
})();
log('sync end');
