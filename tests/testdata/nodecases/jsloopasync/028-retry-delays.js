// Delays follow min(maxDelay, minDelay * factor ** attempt) (10, 30, 50, 50 ms with factor 3, maxDelay 50); with jitter j each is that times (1 - j * Math.random()), rounded, so it lies in [base * (1 - j), base].
const { retry } = require('jsloop:async');
const delays = [];
retry(() => { throw new Error('no'); }, {
  retries: 4, minDelay: 10, factor: 3, maxDelay: 50,
  onRetry: (err, attempt, delay) => delays.push(delay),
}).catch(() => {
  console.log('no jitter:', delays);
  const jittered = [];
  return retry(() => { throw new Error('no'); }, {
    retries: 6, minDelay: 8, factor: 2, jitter: 0.5,
    onRetry: (err, attempt, delay) => jittered.push([attempt, delay]),
  }).catch(() => {
    for (const [attempt, delay] of jittered) {
      const base = 8 * 2 ** attempt;
      console.log('attempt', attempt, 'base', base, 'in range:', delay >= Math.round(base * 0.5) && delay <= base);
    }
  });
}).then(() => {
  for (const opts of [{ retries: -1 }, { retries: 1.5 }, { factor: 0.5 }, { jitter: 2 }, { minDelay: 'x' }, { retryIf: 1 }]) {
    retry(() => {}, opts).catch((e) => console.log(JSON.stringify(opts), e.code));
  }
});
process.on('exit', () => console.log('exit'));
