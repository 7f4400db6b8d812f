// ordergen seed 151
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout((a0, a1) => {
      console.log('L19', a0, a1);
    }, 0, 1, 2);
    setTimeout((a0, a1) => {
      console.log('L20', a0, a1);
      process.nextTick((a0, a1) => {
        console.log('L21', a0, a1);
      }, 'x', 7);
    }, 250, 1, 2);
  }
});
process.nextTick(() => {
  console.log('L1');
  Promise.resolve('c').then((v) => {
    console.log('L2', v);
    (async () => {
      console.log('L3');
      console.log('L4', await 2);
      return await Promise.resolve('b');
    })().then((v) => console.log('L5', v), (e) => console.log('L5-rej', e.message));
  });
  process.nextTick(() => {
    console.log('L6');
    setImmediate((a0, a1) => {
      console.log('L7', a0, a1);
    }, 'i', 9);
  });
});
new Promise((res, rej) => {
  console.log('L8');
  process.nextTick(res, 3);
}).then((v) => {
  console.log('L9', v);
}, (e) => console.log('L9-rej', e.message));
tp.setImmediate(21).then((v) => {
  console.log('L10', v);
  new Promise((res, rej) => {
    console.log('L11');
    queueMicrotask(() => rej(new Error('L11-rej')));
  }).then((v) => {
    console.log('L12', v);
    new Promise((res, rej) => {
      console.log('L13');
      res({ then(r) { console.log('L13-then'); r('b'); } });
    }).then((v) => {
      console.log('L14', v);
    }, (e) => console.log('L14-rej', e.message));
  }, (e) => console.log('L12-rej', e.message));
});
setImmediate((a0, a1) => {
  console.log('L15', a0, a1);
  process.nextTick((a0, a1) => {
    console.log('L16', a0, a1);
  }, 'x', 7);
}, 'i', 9);
process.nextTick((a0) => {
  console.log('L17', a0);
  Promise.resolve(3).then((v) => {
    console.log('L18', v);
  });
}, 'x');
