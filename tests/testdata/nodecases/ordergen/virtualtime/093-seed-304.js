// ordergen seed 304
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((r) => r(1))
    .then((v) => {
      console.log('L18', v);
      return Promise.resolve(21);
    }, (e) => {
      console.log('L18-rej', e.message);
      return 'c';
    })
    .then((v) => {
      console.log('L19', v);
      throw new Error('L19-err');
    }, (e) => {
      console.log('L19-rej', e.message);
      return 13;
    })
    .then((v) => {
      console.log('L20', v);
      Promise.resolve('a').then((v) => {
        console.log('L21', v);
      });
      return { then(r) { console.log('L20-then'); r(34); } };
    })
    .then((v) => {
      console.log('L22', v);
      return 'a';
    });
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await 'c');
  setTimeout((a0, a1) => {
    console.log('L3', a0, a1);
  }, 0, 1, 2);
  console.log('L4', await new Promise((r) => setTimeout(r, 100, 5)));
  try {
    await Promise.reject(new Error('L5'));
  } catch (e) {
    console.log('L5-caught', e.message);
  }
  const p1 = Promise.reject(new Error('L6'));
  queueMicrotask(() => p1.catch((e) => console.log('L6-late', e.message)));
  Promise.resolve(5).then((v) => {
    console.log('L7', v);
  });
  Promise.resolve('b').then((v) => {
    console.log('L8', v);
    (async () => {
      console.log('L9');
      console.log('L10', await Promise.resolve(13));
      return Promise.resolve(8);
    })().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
    process.nextTick((a0, a1) => {
      console.log('L12', a0, a1);
      throw new Error('L12-throw');
    }, 'x', 7);
  });
  return await Promise.resolve('a');
})().then((v) => console.log('L13', v));
let c2;
setTimeout(() => {
  console.log('L14');
  clearTimeout(c2);
}, 300);
c2 = setTimeout(() => console.log('L15-never'), 300);
new Promise((res, rej) => {
  console.log('L16');
  res(Promise.resolve(21));
}).then((v) => {
  console.log('L17', v);
}, (e) => console.log('L17-rej', e.message));
