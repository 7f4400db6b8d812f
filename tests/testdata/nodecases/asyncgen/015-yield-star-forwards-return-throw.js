// yield* forwards throw() and return() to the inner async iterator: the inner generator may catch and keep yielding, and a return runs inner then outer finally blocks before resolving.
const log = (s) => console.log(s);
async function* inner() {
  try {
    while (true) {
      try {
        yield 'inner';
      } catch (e) {
        log('inner caught ' + e);
        yield 'inner recovered';
      }
    }
  } finally {
    log('inner finally');
    await null;
    log('inner finally after await');
  }
}
async function* outer() {
  try {
    yield* inner();
  } finally {
    log('outer finally');
  }
}
(async () => {
  const g = outer();
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.throw('t1')));
  log(JSON.stringify(await g.next()));
  let i = 0;
  const step = () => { i++; log('tick ' + i); if (i < 8) return Promise.resolve().then(step); };
  Promise.resolve().then(step);
  log(JSON.stringify(await g.return('bye')));
  log(JSON.stringify(await g.next()));
})();
