// process.exit inside a promise job stops immediately: later jobs, ticks, timers and immediates do not run.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('tick runs first'));
Promise.resolve().then(() => {
  console.log('job');
  process.exit(5);
  console.log('after exit');
});
Promise.resolve().then(() => console.log('job2 must not run'));
setTimeout(() => console.log('timeout must not run'), 0);
setImmediate(() => console.log('immediate must not run'));
