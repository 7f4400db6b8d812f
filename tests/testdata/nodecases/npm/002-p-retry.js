// p-retry@4 (installed from npm) retries a failing async function with backoff and stops on AbortError.
const pRetry = require('p-retry');
let calls = 0;
pRetry(async () => {
  calls++;
  console.log('attempt', calls);
  if (calls < 3) throw new Error('flaky ' + calls);
  return 'ok after ' + calls;
}, { retries: 5, minTimeout: 5, factor: 1, onFailedAttempt: (e) => console.log('failed:', e.message, 'left', e.retriesLeft) })
  .then((v) => {
    console.log(v);
    return pRetry(async () => { throw new pRetry.AbortError('stop now'); }, { retries: 3 });
  })
  .catch((e) => console.log('aborted:', e.message, e.name));
