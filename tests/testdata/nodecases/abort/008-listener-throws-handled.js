// Errors from listeners (sync throws, handleEvent throws and rejected promises) reach process 'uncaughtException' after the current sync code and microtasks.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('sync'); });
et.addEventListener('x', { handleEvent() { throw new Error('handleEvent'); } });
et.addEventListener('x', async () => { throw new Error('async'); });
et.addEventListener('x', () => console.log('last listener'));
et.dispatchEvent(new Event('x'));
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
