// Without listeners, a rejection not handled by the end of the microtask drain is fatal (exit 1) even if an immediate would catch it.
const p = Promise.reject(new Error('late'));
setImmediate(() => p.catch((e) => console.log('caught must not run', e.message)));
process.on('exit', (c) => console.log('exit', c));
console.log('sync end');
