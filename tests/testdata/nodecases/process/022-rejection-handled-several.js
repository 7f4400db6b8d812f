// 'unhandledRejection' fires per promise in order; catching later emits 'rejectionHandled' with that promise after the catch handler runs.
process.on('unhandledRejection', (r, p) => console.log('unhandled', r.message, p instanceof Promise, p === p1 ? 'p1' : 'p2'));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === p1 ? 'p1' : p === p2 ? 'p2' : '?'));
const p1 = Promise.reject(new Error('a'));
const p2 = Promise.reject(new Error('b'));
setTimeout(() => { p2.catch(() => console.log('caught b')); }, 20);
setTimeout(() => { p1.catch(() => console.log('caught a')); }, 80);
process.on('exit', (c) => console.log('exit', c));
