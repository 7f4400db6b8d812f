// An exception in one timer goes to 'uncaughtException'; the remaining timers of the same expiry still run.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => { throw new Error('first'); }, 10);
setTimeout(() => console.log('second'), 10);
setImmediate(() => { throw new Error('immediate'); });
setImmediate(() => console.log('next immediate'));
