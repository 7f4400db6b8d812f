// In an ES module entry point, nextTicks queued while it evaluates run after its promise jobs, and setImmediate beats setTimeout(0).
console.log('sync');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
