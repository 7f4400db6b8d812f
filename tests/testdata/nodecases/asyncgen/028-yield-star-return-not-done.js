// When return() is forwarded by yield* and the inner iterator answers done: false, the outer generator yields that value and keeps delegating; a later done: true ends the outer generator with the inner value.
const log = (s) => console.log(s);
function stubborn() {
  let refusals = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next(v) { return Promise.resolve({ value: 'next ' + v, done: false }); },
    return(v) {
      refusals++;
      log('return(' + v + ') #' + refusals);
      return refusals < 2 ? { value: 'not yet', done: false } : Promise.resolve({ value: 'finally ' + v, done: true });
    },
  };
}
async function* outer() {
  try {
    const r = yield* stubborn();
    log('not reached ' + r);
  } finally {
    log('outer finally');
  }
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 14) return Promise.resolve().then(step); };
(async () => {
  const g = outer();
  log(JSON.stringify(await g.next('a')));
  Promise.resolve().then(step);
  log(JSON.stringify(await g.return('r1')));
  log(JSON.stringify(await g.next('b')));
  log(JSON.stringify(await g.return(Promise.resolve('r2'))));
  log(JSON.stringify(await g.next('c')));
})();
