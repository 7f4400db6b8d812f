// A waiting task whose signal aborts leaves the queue and rejects with AbortError (never runs); clear() rejects every waiting task with AbortError while the running one finishes; onIdle then resolves; the task gets its signal.
const { Queue, sleep } = require('jsloop:async');
const q = new Queue({ concurrency: 1 });
const ac = new AbortController();
const show = (name) => (r) => console.log(name, r instanceof Error ? `${r.name}: ${r.message} (cause: ${r.cause})` : r);
q.add(async ({ signal }) => { await sleep(50); return `first ran, signal ${signal}`; }).then(show('first'));
q.add(() => 'aborted one ran?', { signal: ac.signal }).then(show('aborted'), show('aborted'));
q.add(() => 'second', { signal: ac.signal }).then(show('second'), show('second'));
q.add(() => 'third').then(show('third'), show('third'));
console.log('size', q.size);
ac.abort('not needed');
console.log('size after abort', q.size);
q.add(({ signal }) => `pre-aborted ran?`, { signal: AbortSignal.abort('pre') }).catch(show('pre-aborted'));
q.clear();
console.log('size after clear', q.size, 'pending', q.pending);
q.onIdle().then(() => console.log('idle, pending', q.pending));
process.on('exit', () => console.log('exit'));
