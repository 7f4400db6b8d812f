// ordergen seed 116
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout((a0) => {
  console.log('L1', a0);
  setTimeout(() => {
    console.log('L2');
    setTimeout((a0, a1) => {
      console.log('L3', a0, a1);
    }, 50, 1, 2);
  }, 150);
}, 0, 't');
Promise.resolve('c')
.finally(() => {
  console.log('L4');
})
.then((v) => {
  console.log('L5', v);
  return Promise.resolve(3);
}, (e) => {
  console.log('L5-rej', e.message);
  return 34;
})
.then((v) => {
  console.log('L6', v);
  return;
})
.finally(() => {
  console.log('L7');
  return Promise.resolve(0);
})
.catch((e) => console.log('L8', e.message));
Promise.reject(new Error('L9'));
