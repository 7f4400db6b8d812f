// ordergen seed 72
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
    setImmediate((a0) => {
      console.log('L17', a0);
      Promise.resolve(5).then((v) => {
        console.log('L18', v);
        process.nextTick((a0) => {
          console.log('L19', a0);
        }, 'x');
      });
    }, 'i');
  }
});
const p1 = Promise.reject(new Error('L1'));
queueMicrotask(() => p1.catch((e) => console.log('L1-late', e.message)));
Promise.resolve(2)
.finally(() => {
  console.log('L2');
})
.then((v) => {
  console.log('L3', v);
  return { then(r) { console.log('L3-then'); r(3); } };
})
.then((v) => {
  console.log('L4', v);
  queueMicrotask(() => {
    console.log('L5');
    clearImmediate(setImmediate(() => console.log('L6-never')));
    clearImmediate(undefined);
    process.nextTick((a0) => {
      console.log('L7', a0);
    }, 'x');
  });
  setTimeout((a0, a1) => {
    console.log('L8', a0, a1);
  }, 250, 1, 2);
  setImmediate((a0) => {
    console.log('L9', a0);
    Promise.resolve('c').then((v) => {
      console.log('L10', v);
    });
    queueMicrotask(() => {
      console.log('L11');
    });
  }, 'i').unref();
  return 3;
})
.catch((e) => console.log('L12', e.message));
(async () => {
  console.log('L13');
  console.log('L14', await tp.setTimeout(200, 5));
  try {
    await Promise.reject(new Error('L15'));
  } catch (e) {
    console.log('L15-caught', e.message);
  }
  return 1;
})().then((v) => console.log('L16', v));
