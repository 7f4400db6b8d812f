// An exception thrown by the body (synchronously or after an await) rejects the pending request, completes the generator, and settles queued requests as done.
const log = (s) => console.log(s);
async function* early() {
  log('early body');
  throw new Error('early');
}
async function* late() {
  yield 1;
  await Promise.resolve();
  null.boom;
}
async function* awaitsRejection() {
  await Promise.reject(new RangeError('awaited'));
}
const g = early();
const a = g.next();
const b = g.next();
log('requested');
a.then(null, (e) => log('a rejected ' + e.message));
b.then((r) => log('b ' + JSON.stringify(r)));
(async () => {
  const h = late();
  log(JSON.stringify(await h.next()));
  try {
    await h.next();
  } catch (e) {
    log('late rejected ' + e.constructor.name);
  }
  log(JSON.stringify(await h.next()));
  try {
    await awaitsRejection().next();
  } catch (e) {
    log('awaited rejected ' + e.name + ' ' + e.message);
  }
})();
