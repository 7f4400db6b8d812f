// ordergen seed 162
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
    queueMicrotask(() => {
      console.log('L21');
    });
    new Promise((res, rej) => {
      console.log('L22');
      res(Promise.resolve(21));
    }).then((v) => {
      console.log('L23', v);
      setTimeout((a0, a1) => {
        console.log('L24', a0, a1);
        setTimeout((a0) => {
          console.log('L25', a0);
        }, 150, 't');
      }, 0, 1, 2);
      setTimeout((a0) => {
        console.log('L26', a0);
      }, 250, 't');
    }, (e) => console.log('L23-rej', e.message));
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r('c'); } });
  console.log('L3', await 21);
  new Promise((res, rej) => {
    console.log('L4');
    res({ then(r) { console.log('L4-then'); r(2); } });
  }).then((v) => {
    console.log('L5', v);
    setTimeout((a0, a1) => {
      console.log('L6', a0, a1);
      (async () => {
        console.log('L7');
        console.log('L8', await tp.setTimeout(150, 'b'));
        console.log('L9', await Promise.resolve('b'));
        return await Promise.resolve(5);
      })().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
    }, 0, 1, 2);
  }, (e) => console.log('L5-rej', e.message));
  setTimeout((a0) => {
    console.log('L11', a0);
  }, 250, 't');
  throw new Error('L1-throw');
})().then((v) => console.log('L13', v));
let c1;
setTimeout(() => {
  console.log('L14');
  clearTimeout(c1);
}, 100);
c1 = setTimeout(() => console.log('L15-never'), 100);
new Promise((res, rej) => {
  console.log('L16');
  process.nextTick(res, 'a');
}).then((v) => {
  console.log('L17', v);
}, (e) => console.log('L17-rej', e.message));
Promise.resolve(5)
.finally(() => {
  console.log('L18');
})
.then((v) => {
  console.log('L19', v);
  throw new Error('L19-err');
}, (e) => {
  console.log('L19-rej', e.message);
  return 8;
})
.catch((e) => console.log('L20', e.message));
