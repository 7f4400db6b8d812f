// With an already-aborted outer signal TaskGroup.run rejects with AbortError without calling the body; an outer abort after a failure keeps the AggregateError (failures win).
const { TaskGroup, sleep } = require('jsloop:async');
let called = false;
TaskGroup.run(() => { called = true; }, { signal: AbortSignal.abort('early') })
  .catch((err) => console.log('1:', err.name, err.cause, 'body called:', called));

const ac = new AbortController();
TaskGroup.run((tg) => {
  tg.spawn(async () => { await sleep(20); throw new Error('real failure'); });
  tg.spawn(async ({ signal }) => {
    await sleep(60);
    ac.abort('too late'); // the group is already aborted by the failure
    console.log('2: after outer abort, group reason is still', signal.reason.name, signal.reason.cause.message);
  });
}, { signal: ac.signal }).catch((err) => console.log('2:', err.name, err.errors.map((e) => e.message)));
process.on('exit', () => console.log('exit'));
