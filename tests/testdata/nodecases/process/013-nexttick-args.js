// process.nextTick passes extra arguments to the callback and runs ticks before promise jobs, FIFO, including ticks added by ticks.
process.nextTick((a, b, c) => console.log('tick1', a, b, c), 1, 'two', { three: 3 });
Promise.resolve().then(() => console.log('promise1'));
process.nextTick(function () {
  console.log('tick2', arguments.length);
  process.nextTick(() => console.log('tick from tick2'));
  Promise.resolve().then(() => console.log('promise from tick2'));
});
queueMicrotask(() => console.log('microtask'));
console.log('sync');
