// CircuitBreaker opens after failureThreshold (3) consecutive failures; while open, call() rejects with CircuitOpenError (code ERR_CIRCUIT_OPEN) without calling fn; a success resets the consecutive count; onStateChange(to, from) reports the change.
const { CircuitBreaker, CircuitOpenError } = require('jsloop:async');
let calls = 0;
let healthy = false;
const breaker = new CircuitBreaker(async (x) => {
  calls++;
  if (!healthy) throw new Error(`down (${x})`);
  return x * 2;
}, { failureThreshold: 3, resetTimeout: 60000, onStateChange: (to, from) => console.log(`state: ${from} -> ${to}`) });
(async () => {
  const attempt = async (x) => {
    try {
      console.log(x, 'ok', await breaker.call(x));
    } catch (err) {
      console.log(x, err.name, err.message, `state=${breaker.state} failures=${breaker.failures}`);
      return err;
    }
  };
  await attempt(1);
  await attempt(2);
  healthy = true;
  await attempt(3); // success resets the count
  healthy = false;
  await attempt(4);
  await attempt(5);
  await attempt(6); // third consecutive failure: opens
  const err = await attempt(7);
  console.log('open error:', err instanceof CircuitOpenError, err.code, 'fn calls:', calls);
  breaker.reset();
  console.log('after reset:', breaker.state, breaker.failures);
})();
process.on('exit', () => console.log('exit'));
