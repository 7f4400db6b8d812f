// ordergen seed 18
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
});
setImmediate((a0, a1) => {
  console.log('L2', a0, a1);
}, 'i', 9);
queueMicrotask(() => {
  console.log('L3');
  queueMicrotask(() => {
    console.log('L4');
    (async () => {
      console.log('L5');
      console.log('L6', await tp.setImmediate(2));
      console.log('L7', await 1);
      console.log('L8', await 1);
      return Promise.resolve('b');
    })().then((v) => console.log('L9', v));
  });
});
Promise.resolve(3).then((v) => {
  console.log('L10', v);
  queueMicrotask(() => {
    console.log('L11');
    tp.setTimeout(200, 'c').then((v) => {
      console.log('L12', v);
    });
  });
});
setTimeout(() => {
  console.log('L13');
  queueMicrotask(() => {
    console.log('L14');
    queueMicrotask(() => {
      console.log('L15');
      const c1 = setTimeout(() => console.log('L16-never'), 1);
      process.nextTick(() => clearTimeout(c1));
    });
  });
  setTimeout((a0, a1) => {
    console.log('L17', a0, a1);
  }, 150, 1, 2);
}, 300);
Promise.reject(new Error('L18'));
