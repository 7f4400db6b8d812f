// ordergen seed 193
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
    setTimeout((a0, a1) => {
      console.log('L12', a0, a1);
      Promise.resolve().then(() => { console.log('L13-then'); throw new Error('L13'); });
    }, 150, 1, 2);
    setTimeout((a0, a1) => {
      console.log('L14', a0, a1);
    }, 50, 1, 2).unref();
  }
});
Promise.resolve(3).then((v) => {
  console.log('L1', v);
});
new Promise((res, rej) => {
  console.log('L2');
  queueMicrotask(() => rej(new Error('L2-rej')));
}).then((v) => {
  console.log('L3', v);
  setTimeout((a0, a1) => {
    console.log('L4', a0, a1);
    clearImmediate(setImmediate(() => console.log('L5-never')));
    clearImmediate(undefined);
  }, 0, 1, 2);
  setTimeout(() => {
    console.log('L6');
    let c1;
    setTimeout(() => {
      console.log('L7');
      clearTimeout(c1);
    }, 150);
    c1 = setTimeout(() => console.log('L8-never'), 150);
  }, 100);
  setTimeout((a0, a1) => {
    console.log('L9', a0, a1);
    process.nextTick((a0, a1) => {
      console.log('L10', a0, a1);
    }, 'x', 7);
  }, 200, 1, 2);
}, (e) => console.log('L3-rej', e.message));
clearTimeout(setTimeout(() => console.log('L11-never'), 0));
clearTimeout(undefined);
