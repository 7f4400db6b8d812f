// return(v) on a generator that has not started completes it without running the body and awaits v (one job for a value or promise, two for a thenable); a rejected v rejects the request.
const log = (s) => console.log(s);
async function* gen() {
  log('body ran');
  yield 1;
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 8) return Promise.resolve().then(step); };
Promise.resolve().then(step);
const g1 = gen();
g1.return('value').then((r) => log('g1 ' + JSON.stringify(r)));
g1.next().then((r) => log('g1 next ' + JSON.stringify(r)));
const g2 = gen();
g2.return(Promise.resolve('promise')).then((r) => log('g2 ' + JSON.stringify(r)));
const g3 = gen();
g3.return({ then(r) { r('thenable'); } }).then((r) => log('g3 ' + JSON.stringify(r)));
const g4 = gen();
g4.return(Promise.reject(new Error('rejected'))).then(null, (e) => log('g4 rejected ' + e.message));
g4.next().then((r) => log('g4 next ' + JSON.stringify(r)));
