// gen.throw(err) resumes an async generator at its yield with an exception; it can catch and keep yielding, or it rethrows and finishes.
async function* gen() {
  let i = 0;
  while (true) {
    try {
      yield i++;
    } catch (e) {
      console.log('gen caught', e.message);
      if (e.message === 'stop') throw new Error('rethrown ' + e.message);
      yield 'recovered';
    }
  }
}
(async () => {
  const g = gen();
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.throw(new Error('soft'))));
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.next()));
  try {
    await g.throw(new Error('stop'));
  } catch (e) {
    console.log('caller caught', e.message);
  }
  console.log(JSON.stringify(await g.next()));
  const fresh = gen();
  try {
    await fresh.throw(new Error('before start'));
  } catch (e) {
    console.log('not started:', e.message);
  }
  console.log(JSON.stringify(await fresh.next()));
})();
