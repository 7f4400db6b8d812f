// After an 'uncaughtException' listener handles an error, Node queues an empty
// setImmediate (lib/internal/process/execution.js), so the loop lives one more
// iteration: beforeExit comes again, and an unref'd immediate gets to run.
process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
let be = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++be);
  if (be === 1) Promise.reject(new Error('rejected in beforeExit'));
  if (be === 2) queueMicrotask(() => { throw new Error('thrown in a microtask'); });
});
setImmediate(() => console.log('unref immediate ran')).unref();
