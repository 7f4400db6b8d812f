// yield* over an async generator forwards next() values, awaits each inner result once, yields inner values without awaiting them again, and evaluates to the inner return value.
const log = (s) => console.log(s);
async function* inner() {
  const x = yield 'i1';
  log('inner got ' + x);
  const y = yield Promise.resolve('i2');
  log('inner got ' + y);
  return 'inner done';
}
async function* outer() {
  const r = yield* inner();
  log('yield* value ' + r);
  yield 'o1';
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 16) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const g = outer();
  log(JSON.stringify(await g.next('lost')));
  log(JSON.stringify(await g.next('A')));
  log(JSON.stringify(await g.next('B')));
  log(JSON.stringify(await g.next('C')));
})();
