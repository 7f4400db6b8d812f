// After resetTimeout (100 ms, checked on the next call or read of state, no timer) the breaker is half-open: halfOpenMax (1) trial call goes through, a concurrent one rejects; a failed trial (at 200 ms) reopens it, a successful one (at 400 ms) closes it.
const { CircuitBreaker, sleep } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
let healthy = false;
const changeTimes = [0, 200, 200, 400, 400]; // when each state change should happen
let nChange = 0;
const breaker = new CircuitBreaker(async () => {
  await null;
  if (!healthy) throw new Error('down');
  return 'up';
}, { failureThreshold: 1, resetTimeout: 100, onStateChange: (to, from) => console.log(at(changeTimes[nChange++]), `${from} -> ${to}`) });
const call = (label, ms) => breaker.call().then((v) => console.log(at(ms), label, v), (e) => console.log(at(ms), label, e.name, e.message));
(async () => {
  await call('first', 0);
  await call('while open', 0);
  await sleep(200);
  console.log(at(200), 'state read:', breaker.state);
  await Promise.all([call('trial 1 (fails)', 200), call('second concurrent trial', 200)]);
  console.log(at(200), 'state:', breaker.state);
  await sleep(200);
  healthy = true;
  await Promise.all([call('trial 2 (succeeds)', 400), call('concurrent', 400)]);
  await call('closed again', 400);
})();
process.on('exit', () => console.log(at(400), 'exit'));
