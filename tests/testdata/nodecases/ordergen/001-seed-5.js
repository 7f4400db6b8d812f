// ordergen seed 5
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    (async () => {
      console.log('L26');
      console.log('L27', await 8);
      console.log('L28', await Promise.resolve('b'));
      return Promise.resolve(34);
    })().then((v) => console.log('L29', v), (e) => console.log('L29-rej', e.message));
  }
});
queueMicrotask(() => {
  console.log('L1');
  setTimeout((a0) => {
    console.log('L2', a0);
  }, 0, 't');
  process.nextTick(() => {
    console.log('L3');
    queueMicrotask(() => {
      console.log('L4');
    });
    setTimeout(() => {
      console.log('L5');
      (async () => {
        console.log('L6');
        console.log('L7', await { then(r) { console.log('L7-then'); r('a'); } });
        return 2;
      })().then((v) => console.log('L8', v));
      throw new Error('L5-throw');
    }, 250);
  });
});
const c1 = setTimeout(() => console.log('L9-never'), 1);
process.nextTick(() => clearTimeout(c1));
clearTimeout(setTimeout(() => console.log('L10-never'), 50));
clearTimeout(null);
const p2 = Promise.reject(new Error('L11'));
queueMicrotask(() => p2.catch((e) => console.log('L11-late', e.message)));
(async () => {
  console.log('L12');
  console.log('L13', await Promise.resolve('b'));
  Promise.resolve('a').then((v) => {
    console.log('L14', v);
    Promise.resolve({ then(r) { console.log('L15'); r(2); } })
    .then((v) => {
      console.log('L16', v);
      return 2;
    })
    .finally(() => {
      console.log('L17');
    })
    .finally(() => {
      console.log('L18');
      clearTimeout(setTimeout(() => console.log('L19-never'), 0));
      clearTimeout(null);
    });
  });
  return Promise.resolve(2);
})().then((v) => console.log('L20', v));
process.nextTick((a0, a1) => {
  console.log('L21', a0, a1);
}, 'x', 7);
(async () => {
  console.log('L22');
  console.log('L23', await 'b');
  console.log('L24', await Promise.resolve('b'));
  throw new Error('L22-throw');
})().then((v) => console.log('L25', v));
