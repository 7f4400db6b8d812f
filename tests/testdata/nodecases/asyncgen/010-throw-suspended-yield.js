// throw(e) on a generator suspended at a yield throws e there: a catch can recover and yield again; if nothing catches it the request rejects, finally blocks run, and the generator is completed.
const log = (s) => console.log(s);
async function* recovering() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      log('caught ' + e.message);
      await null;
      yield 'recovered from ' + e.message;
    }
  }
}
async function* failing() {
  try {
    yield 1;
  } finally {
    log('failing finally');
    await null;
    log('failing finally done');
  }
}
(async () => {
  const g = recovering();
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.throw(new Error('e1'))));
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.throw(new Error('e2'))));
  const f = failing();
  await f.next();
  let i = 0;
  const step = () => { i++; log('tick ' + i); if (i < 6) return Promise.resolve().then(step); };
  Promise.resolve().then(step);
  try {
    await f.throw(new Error('fatal'));
  } catch (e) {
    log('rejected ' + e.message);
  }
  log(JSON.stringify(await f.next()));
})();
