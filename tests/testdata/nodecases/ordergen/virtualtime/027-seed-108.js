// ordergen seed 108
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve({ then(r) { console.log('L22'); r(21); } })
    .then((v) => {
      console.log('L23', v);
      return Promise.resolve(1);
    }, (e) => {
      console.log('L23-rej', e.message);
      return 2;
    })
    .then((v) => {
      console.log('L24', v);
      throw new Error('L24-err');
    })
    .finally(() => {
      console.log('L25');
    })
    .catch((e) => console.log('L26', e.message));
  }
});
const p1 = Promise.reject(new Error('L1'));
queueMicrotask(() => p1.catch((e) => console.log('L1-late', e.message)));
(async () => {
  console.log('L2');
  console.log('L3', await tp.setTimeout(0, 1));
  console.log('L4', await tp.setTimeout(100, 'a'));
  process.nextTick((a0, a1) => {
    console.log('L5', a0, a1);
  }, 'x', 7);
  console.log('L6', await Promise.resolve(13));
  setTimeout((a0, a1) => {
    console.log('L7', a0, a1);
    Promise.reject(new Error('L8'))
    .catch((e) => {
      console.log('L9', e.message);
      return 13;
    })
    .catch((e) => {
      console.log('L10', e.message);
      return { then(r) { console.log('L10-then'); r(5); } };
    })
    .catch((e) => console.log('L11', e.message));
    setTimeout(() => {
      console.log('L12');
      const p2 = Promise.reject(new Error('L13'));
      queueMicrotask(() => p2.catch((e) => console.log('L13-late', e.message)));
    }, 0);
  }, 50, 1, 2);
  process.nextTick((a0) => {
    console.log('L14', a0);
    setTimeout((a0) => {
      console.log('L15', a0);
    }, 150, 't').unref();
  }, 'x');
  return Promise.resolve(2);
})().then((v) => console.log('L16', v), (e) => console.log('L16-rej', e.message));
queueMicrotask(() => {
  console.log('L17');
  setTimeout((a0) => {
    console.log('L18', a0);
    let c3;
    setTimeout(() => {
      console.log('L19');
      clearTimeout(c3);
    }, 150);
    c3 = setTimeout(() => console.log('L20-never'), 150);
  }, 400, 't');
  queueMicrotask(() => {
    console.log('L21');
  });
});
