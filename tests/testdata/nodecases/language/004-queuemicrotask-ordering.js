// queueMicrotask jobs share one FIFO queue with promise reactions; nested microtasks run after already-queued ones; nextTick runs first.
const log = (s) => console.log(s);
Promise.resolve().then(() => log('p1')).then(() => log('p1 then'));
queueMicrotask(() => {
  log('q1');
  queueMicrotask(() => log('q1 nested'));
});
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('p2'));
queueMicrotask(() => log('q2'));
log('sync');
