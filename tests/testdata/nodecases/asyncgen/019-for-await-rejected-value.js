// for await over a sync iterable with a rejected promise throws the reason at that step; in Node 20 the sync iterator is not closed (its return() is not called).
const log = (s) => console.log(s);
function* values() {
  try {
    yield 'ok';
    yield Promise.reject(new Error('rejected value'));
    yield 'never';
  } finally {
    log('sync finally');
  }
}
(async () => {
  const it = values();
  try {
    for await (const v of it) log('got ' + v);
  } catch (e) {
    log('caught ' + e.message);
  }
  log('after loop ' + JSON.stringify(it.next()));
  const rejected = Promise.reject(new Error('handled here'));
  try {
    for await (const v of [1, rejected, 3]) log('got ' + v);
  } catch (e) {
    log('caught ' + e.message);
  }
})();
