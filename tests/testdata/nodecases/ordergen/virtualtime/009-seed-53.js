// ordergen seed 53
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((res, rej) => {
      console.log('L11');
      process.nextTick(res, 8);
    }).then((v) => {
      console.log('L12', v);
      new Promise((res, rej) => {
        console.log('L13');
        process.nextTick(res, 'b');
      }).then((v) => {
        console.log('L14', v);
      }, (e) => console.log('L14-rej', e.message));
      setTimeout((a0) => {
        console.log('L15', a0);
        queueMicrotask(() => {
          console.log('L16');
        });
      }, 50, 't');
    }, (e) => console.log('L12-rej', e.message));
    setTimeout(() => {
      console.log('L17');
      Promise.resolve('a').then((v) => {
        console.log('L18', v);
      });
      queueMicrotask(() => {
        console.log('L19');
        setTimeout((a0) => {
          console.log('L20', a0);
        }, 100, 't');
      });
    }, 1);
  }
});
new Promise((res, rej) => {
  console.log('L1');
  res(Promise.resolve(34));
}).then((v) => {
  console.log('L2', v);
  setTimeout((a0, a1) => {
    console.log('L3', a0, a1);
    clearTimeout(setTimeout(() => console.log('L4-never'), 1));
    clearTimeout(42);
  }, 150, 1, 2);
}, (e) => console.log('L2-rej', e.message));
queueMicrotask(() => {
  console.log('L5');
});
process.nextTick(() => {
  console.log('L6');
});
Promise.reject(new Error('L7'))
.then((v) => {
  console.log('L8', v);
  throw new Error('L8-err');
})
.then((v) => {
  console.log('L9', v);
  return 2;
})
.catch((e) => console.log('L10', e.message));
