// After `retries` retries (2: three attempts) retry rejects with the last error itself, which carries every attempt's error in a non-enumerable `errors` array; a primitive rejection is passed as is.
const { retry } = require('jsloop:async');
let n = 0;
retry(async () => { throw new Error(`failure ${n++}`); }, { retries: 2, minDelay: 10 }).catch((err) => {
  console.log('last error:', err.message);
  console.log('errors:', err.errors.map((e) => e.message), Object.keys(err).includes('errors'));
  return retry(() => Promise.reject('just a string'), { retries: 1, minDelay: 10 });
}).catch((err) => {
  console.log('primitive:', err);
  return retry(() => { throw new AggregateError([1], 'has errors'); }, { retries: 1, minDelay: 10 });
}).catch((err) => {
  console.log('own errors kept:', err.errors);
  return retry(() => 'first time', { retries: 0 });
}).then((v) => console.log('retries: 0 and success:', v));
process.on('exit', () => console.log('exit, attempts', n));
