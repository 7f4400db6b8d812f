// With an 'unhandledRejection' listener the process survives; catching in a later immediate emits 'rejectionHandled'; exit code stays 0.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('late'));
setImmediate(() => p.catch((e) => console.log('caught', e.message)));
process.on('exit', (c) => console.log('exit', c));
