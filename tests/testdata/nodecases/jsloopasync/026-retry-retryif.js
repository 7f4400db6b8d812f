// retry stops as soon as retryIf(err, attempt) returns false (no wait), rejecting with that error; errors thrown by retryIf or onRetry reject the retry.
const { retry } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
const codes = ['ETIMEDOUT', 'ECONNRESET', 'EACCES', 'never'];
retry((attempt) => {
  const err = new Error(`attempt ${attempt}`);
  err.code = codes[attempt];
  throw err;
}, {
  minDelay: 100,
  retries: 10,
  retryIf: (err, attempt) => {
    console.log(at([0, 100, 300][attempt]), 'retryIf', err.code, attempt);
    return err.code !== 'EACCES';
  },
}).catch((err) => {
  console.log(at(300), 'gave up:', err.message, err.code, err.errors.map((e) => e.code));
  return retry(() => { throw new Error('x'); }, { retryIf: () => { throw new Error('retryIf broke'); } });
}).catch((err) => {
  console.log(at(300), err.message);
  return retry(() => { throw new Error('x'); }, { onRetry: () => { throw new Error('onRetry broke'); } });
}).catch((err) => console.log(at(300), err.message));
process.on('exit', () => console.log(at(300), 'exit'));
