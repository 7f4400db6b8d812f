// ordergen seed 154
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  console.log('L1');
}, 100).unref();
Promise.resolve('b')
.then((v) => {
  console.log('L2', v);
  return;
})
.then((v) => {
  console.log('L3', v);
  return Promise.resolve(1);
})
.then((v) => {
  console.log('L4', v);
  let c1;
  setTimeout(() => {
    console.log('L5');
    clearTimeout(c1);
  }, 0);
  c1 = setTimeout(() => console.log('L6-never'), 0);
  new Promise((r) => r(5))
  .finally(() => {
    console.log('L7');
  })
  .then((v) => {
    console.log('L8', v);
    return;
  })
  .then((v) => {
    console.log('L9', v);
    return;
  }, (e) => {
    console.log('L9-rej', e.message);
    return 8;
  })
  .catch((e) => console.log('L10', e.message));
  const p2 = Promise.reject(new Error('L11'));
  queueMicrotask(() => p2.catch((e) => console.log('L11-late', e.message)));
  return;
}, (e) => {
  console.log('L4-rej', e.message);
  return 8;
});
const c3 = setTimeout(() => console.log('L12-never'), 0);
process.nextTick(() => clearTimeout(c3));
new Promise((res, rej) => {
  console.log('L13');
  process.nextTick(res, 2);
}).then((v) => {
  console.log('L14', v);
}, (e) => console.log('L14-rej', e.message));
setTimeout(() => {
  console.log('L15');
  process.nextTick(() => {
    console.log('L16');
    (async () => {
      console.log('L17');
      console.log('L18', await tp.setImmediate(8));
      return { then(r) { console.log('L17-ret'); r(1); } };
    })().then((v) => console.log('L19', v));
  });
}, 300);
queueMicrotask(() => {
  console.log('L20');
  (async () => {
    console.log('L21');
    console.log('L22', await { then(r) { console.log('L22-then'); r(13); } });
    return 34;
  })().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
  process.nextTick((a0, a1) => {
    console.log('L24', a0, a1);
  }, 'x', 7);
  setTimeout((a0) => {
    console.log('L25', a0);
    throw new Error('L25-throw');
  }, 250, 't');
});
