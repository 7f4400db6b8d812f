// Aborting while waiting rejects immediately with AbortError and clears the timer (the process exits without waiting for it).
const tp = require('timers/promises');
const ac = new AbortController();
const start = Date.now();
tp.setTimeout(100000, 'never', { signal: ac.signal }).then(
  () => console.log('resolved?'),
  (err) => console.log('timeout rejected', err.name, err.cause, Date.now() - start < 5000));
tp.setImmediate('never', { signal: ac.signal }).then(
  () => console.log('resolved?'),
  (err) => console.log('immediate rejected', err.name, err.cause));
ac.abort('stop');
console.log('aborted sync');
const ac2 = new AbortController();
tp.setTimeout(5, 'done', { signal: ac2.signal }).then((v) => {
  console.log('resolved', v);
  ac2.abort('late');
  console.log('late abort ok', ac2.signal.aborted);
});
setTimeout(() => {}, 20);
