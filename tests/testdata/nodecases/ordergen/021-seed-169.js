// ordergen seed 169
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setImmediate((a0, a1) => {
      console.log('L20', a0, a1);
      clearTimeout(setTimeout(() => console.log('L21-never'), 0));
      clearTimeout(42);
    }, 'i', 9);
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r(34); } });
  Promise.resolve(21).then((v) => {
    console.log('L3', v);
  });
  console.log('L4', await 5);
  try {
    await Promise.reject(new Error('L5'));
  } catch (e) {
    console.log('L5-caught', e.message);
  }
  return Promise.resolve(3);
})().then((v) => console.log('L6', v), (e) => console.log('L6-rej', e.message));
clearTimeout(setTimeout(() => console.log('L7-never'), 1));
clearTimeout(null);
process.nextTick((a0) => {
  console.log('L8', a0);
  Promise.reject(new Error('L9'))
  .finally(() => {
    console.log('L10');
    return Promise.resolve(0);
  })
  .catch((e) => {
    console.log('L11', e.message);
    return 34;
  })
  .catch((e) => console.log('L12', e.message));
  setTimeout(() => {
    console.log('L13');
  }, 100);
}, 'x');
setImmediate(() => {
  console.log('L14');
  setImmediate((a0) => {
    console.log('L15', a0);
  }, 'i');
  new Promise((r) => r('a'))
  .then((v) => {
    console.log('L16', v);
    return;
  }, (e) => {
    console.log('L16-rej', e.message);
    return 2;
  })
  .then((v) => {
    console.log('L17', v);
    return { then(r) { console.log('L17-then'); r('a'); } };
  }, (e) => {
    console.log('L17-rej', e.message);
    return 5;
  });
  setTimeout((a0, a1) => {
    console.log('L18', a0, a1);
  }, 250, 1, 2);
});
clearImmediate(setImmediate(() => console.log('L19-never')));
clearImmediate(null);
