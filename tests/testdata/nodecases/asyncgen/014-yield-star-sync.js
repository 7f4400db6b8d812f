// yield* over a sync iterable goes through an async-from-sync iterator: each value is awaited, promises in it are unwrapped, and next() arguments reach the sync generator.
const log = (s) => console.log(s);
function* sync() {
  const x = yield 's1';
  log('sync got ' + x);
  yield Promise.resolve('s2');
  return 'sync done';
}
async function* outer() {
  yield* ['a', Promise.resolve('b')];
  log('value ' + (yield* sync()));
  yield* 'xy';
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 30) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const g = outer();
  for (let k = 0; k < 8; k++) log(JSON.stringify(await g.next(k)));
})();
