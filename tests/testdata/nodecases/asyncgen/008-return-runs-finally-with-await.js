// return(v) on a generator suspended at a yield awaits v, then resumes it with a return completion: finally blocks run, their awaits are real awaits, and the request resolves with v after them.
const log = (s) => console.log(s);
async function* gen() {
  try {
    try {
      yield 1;
      log('not reached');
    } finally {
      log('inner finally');
      await null;
      log('inner finally after await');
    }
  } finally {
    log('outer finally');
    await new Promise((r) => setTimeout(r, 5));
    log('outer finally after timer');
  }
}
(async () => {
  const g = gen();
  log(JSON.stringify(await g.next()));
  let i = 0;
  const step = () => { i++; log('tick ' + i); if (i < 6) return Promise.resolve().then(step); };
  Promise.resolve().then(step);
  const r = await g.return(Promise.resolve('mid'));
  log('return ' + JSON.stringify(r));
  log('after ' + JSON.stringify(await g.next()));
})();
