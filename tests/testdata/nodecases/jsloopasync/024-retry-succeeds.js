// retry calls fn(attempt, { signal }) from attempt 0 and backs off exponentially (minDelay 100, factor 2: waits 100 then 200 ms), so a third attempt that succeeds fulfils at 300 ms; onRetry sees (err, attempt, delay).
const { retry } = require('jsloop:async');
const t0 = Date.now();
// at(ms) prints [ms] if ms have passed since the start: timers are never early, and a loaded
// machine may run them late (up to 10 s is accepted); otherwise it prints the actual time.
const at = (ms) => {
  const e = Date.now() - t0;
  return e >= ms - 5 && e < ms + 10000 ? `[${ms}]` : `[${ms}? ${e} ms]`;
};
retry((attempt, { signal }) => {
  console.log(at([0, 100, 300][attempt]), 'attempt', attempt, signal instanceof AbortSignal);
  if (attempt < 2) throw new Error(`fail ${attempt}`);
  return `ok on attempt ${attempt}`;
}, {
  minDelay: 100,
  onRetry: (err, attempt, delay) => console.log(at([0, 100][attempt]), 'onRetry', err.message, attempt, delay),
}).then((v) => console.log(at(300), 'fulfilled:', v));
process.on('exit', () => console.log(at(300), 'exit'));
