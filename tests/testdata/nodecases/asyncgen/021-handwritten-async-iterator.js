// for await follows the async iteration protocol with a hand-written iterator: next() with no arguments each step, return() with no arguments on break, a synchronous throw from next() propagating without calling return().
const log = (s) => console.log(s);
function source(limit, failAt) {
  let n = 0;
  return {
    [Symbol.asyncIterator]() { log('asyncIterator called'); return this; },
    next(...args) {
      log('next(' + args.length + ')');
      if (++n === failAt) throw new Error('next failed');
      return Promise.resolve(n > limit ? { done: true, value: 'ignored' } : { done: false, value: n });
    },
    return(...args) {
      log('return(' + args.length + ')');
      return Promise.resolve({ done: true });
    },
  };
}
(async () => {
  for await (const v of source(3)) log('value ' + v);
  log('---');
  for await (const v of source(5)) { log('value ' + v); if (v === 2) break; }
  log('---');
  try {
    for await (const v of source(5, 2)) log('value ' + v);
  } catch (e) {
    log('caught ' + e.message);
  }
  log('---');
  const it = source(2);
  it.return = undefined;
  for await (const v of it) { log('value ' + v); break; }
  log('no return method is fine');
})();
