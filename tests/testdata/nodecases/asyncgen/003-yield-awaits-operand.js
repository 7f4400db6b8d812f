// yield awaits its operand: promises and thenables are unwrapped before the request settles, and a rejected operand is thrown back into the generator at the yield.
const log = (s) => console.log(s);
async function* gen() {
  yield Promise.resolve('promise');
  yield { then(r) { r('thenable'); } };
  try {
    yield Promise.reject(new Error('bad operand'));
  } catch (e) {
    log('caught in gen: ' + e.message);
    yield 'recovered';
  }
  yield Promise.reject(new Error('uncaught operand'));
  yield 'never';
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 16) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const g = gen();
  for (let k = 0; k < 6; k++) {
    try {
      log('next ' + JSON.stringify(await g.next()));
    } catch (e) {
      log('rejected ' + e.message);
    }
  }
})();
