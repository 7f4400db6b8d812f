// nextTick and promise jobs queued by a timer (or immediate) callback run before the next callback of the same phase.
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('i1 promise'));
  process.nextTick(() => console.log('i1 tick'));
});
setImmediate(() => {
  console.log('i2');
  setTimeout(() => {
    console.log('t1');
    process.nextTick(() => console.log('t1 tick'));
    Promise.resolve().then(() => console.log('t1 promise'));
  }, 10);
  setTimeout(() => {
    console.log('t2');
    process.nextTick(() => console.log('t2 tick'));
    Promise.resolve().then(() => console.log('t2 promise'));
  }, 10);
});
