// ordergen seed 21
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
    Promise.resolve(1).then((v) => {
      console.log('L4', v);
      new Promise((res, rej) => {
        console.log('L5');
        process.nextTick(res, 'b');
      }).then((v) => {
        console.log('L6', v);
      }, (e) => console.log('L6-rej', e.message));
    });
    {
      let n2 = 0;
      const h1 = setInterval((x) => {
        n2++;
        console.log('L7', n2, x);
        if (n2 === 1) {
        }
        if (n2 === 2) clearInterval(h1);
      }, 50, 'iv');
    }
  }
});
Promise.resolve().then(() => { console.log('L1-then'); throw new Error('L1'); });
setTimeout(() => {
  console.log('L2');
}, 200);
setImmediate((a0) => {
  console.log('L3', a0);
}, 'i');
