// Timers, immediates, intervals and nextTicks created in an 'exit' listener never run.
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timeout from exit'), 0);
  setImmediate(() => console.log('immediate from exit'));
  setInterval(() => console.log('interval from exit'), 1);
  process.nextTick(() => console.log('tick from exit'));
  console.log('exit listener done');
});
setTimeout(() => console.log('normal timeout'), 5);
