// libuv runs the timers at the end of an iteration and then checks that the loop is
// still alive: when the last ref'd timer leaves only an unref'd immediate, the run
// ends before the check phase, beforeExit comes first, and the immediate runs in the
// next run that beforeExit started.
let be = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++be);
  if (be === 1) setTimeout(() => console.log('timer 2'), 50);
});
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('unref immediate')).unref();
}, 50);
