// ordergen seed 102
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
Promise.resolve({ then(r) { console.log('L1'); r(5); } })
.then((v) => {
  console.log('L2', v);
  return 3;
})
.then((v) => {
  console.log('L3', v);
  return { then(r) { console.log('L3-then'); r('a'); } };
}, (e) => {
  console.log('L3-rej', e.message);
  return 1;
})
.catch((e) => console.log('L4', e.message));
(async () => {
  console.log('L5');
  console.log('L6', await Promise.resolve(8));
  console.log('L7', await tp.setTimeout(250, 34));
  throw new Error('L5-throw');
})().then((v) => console.log('L8', v), (e) => console.log('L8-rej', e.message));
process.nextTick((a0) => {
  console.log('L9', a0);
  (async () => {
    console.log('L10');
    try {
      await Promise.reject(new Error('L11'));
    } catch (e) {
      console.log('L11-caught', e.message);
    }
    console.log('L12', await { then(r) { console.log('L12-then'); r(1); } });
    console.log('L13', await 2);
    throw new Error('L10-throw');
  })().then((v) => console.log('L14', v), (e) => console.log('L14-rej', e.message));
  queueMicrotask(() => {
    console.log('L15');
    Promise.resolve(34).then((v) => {
      console.log('L16', v);
    });
    tp.setTimeout(200, 3).then((v) => {
      console.log('L17', v);
    });
    throw new Error('L15-throw');
  });
}, 'x');
process.nextTick(() => {
  console.log('L18');
  (async () => {
    console.log('L19');
    console.log('L20', await tp.setTimeout(150, 3));
    console.log('L21', await tp.setTimeout(200, 'c'));
    return Promise.resolve(34);
  })().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
  const c1 = setTimeout(() => console.log('L23-never'), 0);
  process.nextTick(() => clearTimeout(c1));
  Promise.resolve(8).then((v) => {
    console.log('L24', v);
    queueMicrotask(() => {
      console.log('L25');
      setTimeout((a0, a1) => {
        console.log('L26', a0, a1);
        throw new Error('L26-throw');
      }, 300, 1, 2);
      throw new Error('L25-throw');
    });
    (async () => {
      console.log('L27');
      try {
        await Promise.reject(new Error('L28'));
      } catch (e) {
        console.log('L28-caught', e.message);
      }
      queueMicrotask(() => {
        console.log('L29');
      });
      try {
        await Promise.reject(new Error('L30'));
      } catch (e) {
        console.log('L30-caught', e.message);
      }
      throw new Error('L27-throw');
    })().then((v) => console.log('L31', v));
  });
});
Promise.resolve().then(() => { console.log('L32-then'); throw new Error('L32'); });
