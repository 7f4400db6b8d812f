// ordergen seed 179
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  setTimeout((a0) => {
    console.log('L2', a0);
    tp.setImmediate('c').then((v) => {
      console.log('L3', v);
    });
  }, 200, 't');
});
Promise.resolve(1)
.then((v) => {
  console.log('L4', v);
  return;
})
.finally(() => {
  console.log('L5');
})
.finally(() => {
  console.log('L6');
})
.finally(() => {
  console.log('L7');
})
.catch((e) => console.log('L8', e.message));
Promise.resolve(5).then((v) => {
  console.log('L9', v);
  setTimeout((a0) => {
    console.log('L10', a0);
    setImmediate((a0, a1) => {
      console.log('L11', a0, a1);
      queueMicrotask(() => {
        console.log('L12');
      });
    }, 'i', 9);
  }, 0, 't');
});
