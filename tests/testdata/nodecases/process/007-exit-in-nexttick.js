// process.exit inside a nextTick callback prevents the following ticks and promise jobs.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick1');
  process.exit(6);
});
process.nextTick(() => console.log('tick2 must not run'));
Promise.resolve().then(() => console.log('promise must not run'));
