// A failing or throwing task of limit() rejects only its own call and frees its slot; clearQueue rejects the calls still waiting with AbortError and never runs them.
const { limit, sleep } = require('jsloop:async');
const run = limit(1);
const ran = [];
const results = [
  run(async () => { ran.push(1); await sleep(10); throw new Error('one'); }),
  run(() => { ran.push(2); throw new Error('two (sync)'); }),
  run(async () => { ran.push(3); return 'three'; }),
];
Promise.allSettled(results).then((r) => {
  console.log(r.map((x) => x.value ?? x.reason.message), 'ran', ran);
  const p = [run(() => sleep(20).then(() => 'kept')), run(() => 'dropped 1'), run(() => 'dropped 2')];
  console.log('pending before clear', run.pendingCount);
  run.clearQueue();
  console.log('pending after clear', run.pendingCount);
  return Promise.allSettled(p);
}).then((r) => {
  console.log(r.map((x) => x.value ?? `${x.reason.name}: ${x.reason.message}`));
  return run('not a function');
}).catch((e) => console.log(e.code, e.message));
process.on('exit', () => console.log('exit'));
