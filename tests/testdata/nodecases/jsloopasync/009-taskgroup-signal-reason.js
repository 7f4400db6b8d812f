// The group signal aborts with an AbortError whose cause is the first failure; a child that reacts with signal.throwIfAborted() or rethrows the reason is a cancellation, not a failure, and the signal aborts only once.
const { TaskGroup, sleep } = require('jsloop:async');
const events = [];
TaskGroup.run((tg) => {
  tg.signal.addEventListener('abort', () => events.push(`abort event: ${tg.signal.reason.name} (cause: ${tg.signal.reason.cause.message})`));
  tg.spawn(async ({ signal }) => {
    for (let i = 0; ; i++) {
      await sleep(10);
      signal.throwIfAborted();
      if (i === 100) return 'not reached';
    }
  });
  tg.spawn(async () => {
    await sleep(30);
    throw new Error('first');
  });
  tg.spawn(async () => {
    await sleep(30);
    throw new Error('second, same turn'); // after the abort, but a real error: reported
  });
}).catch((err) => {
  events.forEach((e) => console.log(e));
  console.log(err.errors.map((e) => e.message));
});
process.on('exit', () => console.log('exit'));
