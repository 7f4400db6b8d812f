// A rejection caught in a nextTick or later microtask of the same drain is never reported as unhandled.
process.on('unhandledRejection', (r) => console.log('unhandled must not fire', r.message));
process.on('rejectionHandled', () => console.log('rejectionHandled must not fire'));
const p1 = Promise.reject(new Error('x'));
process.nextTick(() => p1.catch((e) => console.log('caught in tick', e.message)));
const p2 = Promise.reject(new Error('y'));
Promise.resolve().then(() => {}).then(() => p2.catch((e) => console.log('caught in microtask', e.message)));
process.on('exit', (c) => console.log('exit', c));
