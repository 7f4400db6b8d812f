// throw() and return() called while the body is suspended on an await are queued behind the pending next(): the body finishes its step first, then receives them at its next yield.
const log = (s) => console.log(s);
async function* gen() {
  for (let k = 0; ; k++) {
    try {
      log('awaiting ' + k);
      await new Promise((r) => setTimeout(r, 1));
      yield k;
    } catch (e) {
      log('caught ' + e.message);
    } finally {
      log('finally ' + k);
    }
  }
}
const g = gen();
const results = [g.next(), g.throw(new Error('queued throw')), g.next(), g.return('queued return'), g.next()];
results.forEach((p, k) => p.then((r) => log(k + ' ' + JSON.stringify(r)), (e) => log(k + ' rejected ' + e.message)));
log('all requested');
