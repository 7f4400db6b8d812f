// On a completed generator next() resolves {undefined, true} at once, throw() rejects at once, and return(v) awaits v before resolving {v, true}.
const log = (s) => console.log(s);
async function* gen() {
  yield 1;
}
(async () => {
  const g = gen();
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.next()));
  let i = 0;
  const step = () => { i++; log('tick ' + i); if (i < 6) return Promise.resolve().then(step); };
  Promise.resolve().then(step);
  g.next('x').then((r) => log('next ' + JSON.stringify(r)));
  g.throw(new Error('boom')).then(null, (e) => log('throw ' + e.message));
  g.return('r1').then((r) => log('return ' + JSON.stringify(r)));
  g.return(Promise.resolve('r2')).then((r) => log('return promise ' + JSON.stringify(r)));
  g.next('y').then((r) => log('next again ' + JSON.stringify(r)));
})();
