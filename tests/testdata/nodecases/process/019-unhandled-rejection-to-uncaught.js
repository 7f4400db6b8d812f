// With no 'unhandledRejection' listener but an 'uncaughtException' one, an unhandled rejection reaches it with origin 'unhandledRejection'.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
Promise.reject(new Error('rej'));
process.on('exit', (c) => console.log('exit', c));
