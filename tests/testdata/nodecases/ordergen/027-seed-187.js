// ordergen seed 187
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(3).then((v) => {
      console.log('L14', v);
    });
    Promise.resolve({ then(r) { console.log('L15'); r(21); } })
    .catch((e) => {
      console.log('L16', e.message);
      (async () => {
        console.log('L17');
        console.log('L18', await { then(r) { console.log('L18-then'); r(21); } });
        setTimeout((a0, a1) => {
          console.log('L19', a0, a1);
        }, 200, 1, 2);
        try {
          await Promise.reject(new Error('L20'));
        } catch (e) {
          console.log('L20-caught', e.message);
        }
        return await Promise.resolve(3);
      })().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
      return;
    })
    .then((v) => {
      console.log('L22', v);
      return;
    }, (e) => {
      console.log('L22-rej', e.message);
      return 'a';
    })
    .then((v) => {
      console.log('L23', v);
      return Promise.resolve(8);
    });
  }
});
setImmediate(() => {
  console.log('L1');
});
new Promise((res, rej) => {
  console.log('L2');
  queueMicrotask(() => rej(new Error('L2-rej')));
}).then((v) => {
  console.log('L3', v);
  setTimeout(() => {
    console.log('L4');
    Promise.resolve(34).then((v) => {
      console.log('L5', v);
      Promise.resolve().then(() => { console.log('L6-then'); throw new Error('L6'); });
    });
  }, 150);
}, (e) => console.log('L3-rej', e.message));
process.nextTick((a0) => {
  console.log('L7', a0);
}, 'x');
new Promise((res, rej) => {
  console.log('L8');
  setImmediate(() => res(3));
}).then((v) => {
  console.log('L9', v);
}, (e) => console.log('L9-rej', e.message));
setTimeout(() => {
  console.log('L10');
}, 300);
(async () => {
  console.log('L11');
  console.log('L12', await tp.setTimeout(100, 5));
  throw new Error('L11-throw');
})().then((v) => console.log('L13', v), (e) => console.log('L13-rej', e.message));
