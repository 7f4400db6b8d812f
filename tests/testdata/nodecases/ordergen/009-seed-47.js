// ordergen seed 47
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.reject(new Error('L6'));
    process.nextTick(() => {
      console.log('L7');
      Promise.resolve(8).then((v) => {
        console.log('L8', v);
        Promise.resolve({ then(r) { console.log('L9'); r('b'); } })
        .then((v) => {
          console.log('L10', v);
          return;
        })
        .finally(() => {
          console.log('L11');
        })
        .then((v) => {
          console.log('L12', v);
          return { then(r) { console.log('L12-then'); r('c'); } };
        })
        .then((v) => {
          console.log('L13', v);
          return { then(r) { console.log('L13-then'); r(3); } };
        }, (e) => {
          console.log('L13-rej', e.message);
          return 3;
        })
        .catch((e) => console.log('L14', e.message));
      });
    });
  }
});
const p1 = Promise.reject(new Error('L1'));
queueMicrotask(() => p1.catch((e) => console.log('L1-late', e.message)));
process.nextTick((a0) => {
  console.log('L2', a0);
}, 'x');
clearTimeout(setTimeout(() => console.log('L3-never'), 1));
clearTimeout(42);
Promise.resolve().then(() => { console.log('L4-then'); throw new Error('L4'); });
setTimeout(() => {
  console.log('L5');
}, 250).unref();
