// throw() on a generator that has not started completes it without running the body (no catch or finally runs) and rejects with the exception at once.
const log = (s) => console.log(s);
async function* gen() {
  try {
    log('body ran');
    yield 1;
  } catch (e) {
    log('caught');
  } finally {
    log('finally');
  }
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 4) return Promise.resolve().then(step); };
Promise.resolve().then(step);
const g = gen();
g.throw(new Error('early')).then(null, (e) => log('rejected ' + e.message));
g.next().then((r) => log('next ' + JSON.stringify(r)));
g.return('late').then((r) => log('return ' + JSON.stringify(r)));
