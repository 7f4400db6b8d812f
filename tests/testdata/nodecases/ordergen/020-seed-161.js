// ordergen seed 161
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((res, rej) => {
      console.log('L8');
      queueMicrotask(() => rej(new Error('L8-rej')));
    }).then((v) => {
      console.log('L9', v);
      setTimeout((a0) => {
        console.log('L10', a0);
        Promise.resolve('b').then((v) => {
          console.log('L11', v);
        });
      }, 100, 't');
    }, (e) => console.log('L9-rej', e.message));
    tp.setTimeout(300, 'b').then((v) => {
      console.log('L12', v);
      Promise.resolve(21).then((v) => {
        console.log('L13', v);
      });
    });
  }
});
Promise.resolve({ then(r) { console.log('L1'); r(21); } })
.then((v) => {
  console.log('L2', v);
  throw new Error('L2-err');
})
.then((v) => {
  console.log('L3', v);
  return { then(r) { console.log('L3-then'); r(21); } };
}, (e) => {
  console.log('L3-rej', e.message);
  return 5;
})
.catch((e) => console.log('L4', e.message));
let c1;
setImmediate(() => {
  console.log('L5');
  clearImmediate(c1);
});
c1 = setImmediate(() => console.log('L6-never'));
Promise.reject(new Error('L7'));
