// Errors for which isFailure(err) is false still reject the call but count as successes; halfOpenMax 2 lets two trial calls through and the first to settle decides; fn gets call()'s arguments; bad options throw.
const { CircuitBreaker, sleep } = require('jsloop:async');
const changes = [];
const breaker = new CircuitBreaker(async (kind, ms = 0) => {
  await sleep(ms);
  if (kind === 'ok') return kind;
  const err = new Error(kind);
  err.status = kind === 'notfound' ? 404 : 503;
  throw err;
}, {
  failureThreshold: 2, resetTimeout: 50, halfOpenMax: 2,
  isFailure: (err) => err.status >= 500,
  onStateChange: (to) => changes.push(to),
});
const call = (...args) => breaker.call(...args).then((v) => v, (e) => `${e.name}: ${e.message}`);
(async () => {
  console.log(await call('unavailable'), breaker.failures);
  console.log(await call('notfound'), breaker.failures, breaker.state);
  console.log(await call('unavailable'), await call('unavailable'), breaker.state);
  await sleep(100);
  const r = await Promise.all([call('ok', 10), call('unavailable', 40), call('ok')]);
  console.log(r, breaker.state, changes);
  for (const opts of [{ failureThreshold: 0 }, { resetTimeout: -1 }, { halfOpenMax: 0 }, { onStateChange: 'x' }]) {
    try { new CircuitBreaker(() => {}, opts); } catch (e) { console.log(JSON.stringify(opts), e.code); }
  }
  try { new CircuitBreaker(); } catch (e) { console.log('no fn:', e.code); }
})();
process.on('exit', () => console.log('exit'));
