// uncaughtExceptionMonitor runs before uncaughtException listeners, which run in order; once listeners are removed; the origin argument is passed.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('handler1', e.message, origin));
process.once('uncaughtException', (e, origin) => console.log('once', e.message, origin));
setTimeout(() => { throw new Error('t1'); }, 5);
setTimeout(() => { throw new Error('t2'); }, 50);
setTimeout(() => console.log('still alive', process.listenerCount('uncaughtException')), 100);
process.on('exit', (c) => console.log('exit', c));
