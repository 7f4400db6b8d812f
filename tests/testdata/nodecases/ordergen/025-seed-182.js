// ordergen seed 182
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
    process.nextTick((a0, a1) => {
      console.log('L15', a0, a1);
    }, 'x', 7);
  }
});
(async () => {
  console.log('L1');
  try {
    await Promise.reject(new Error('L2'));
  } catch (e) {
    console.log('L2-caught', e.message);
  }
  console.log('L3', await tp.setTimeout(150, 'a'));
  console.log('L4', await tp.setTimeout(50, 5));
  let c1;
  setImmediate(() => {
    console.log('L5');
    clearImmediate(c1);
  });
  c1 = setImmediate(() => console.log('L6-never'));
  return 'b';
})().then((v) => console.log('L7', v), (e) => console.log('L7-rej', e.message));
Promise.reject(new Error('L8'));
Promise.resolve(3).then((v) => {
  console.log('L9', v);
});
Promise.resolve('c')
.then((v) => {
  console.log('L10', v);
  throw new Error('L10-err');
})
.then((v) => {
  console.log('L11', v);
  return;
})
.finally(() => {
  console.log('L12');
  return Promise.resolve(0);
})
.then((v) => {
  console.log('L13', v);
  return 3;
})
.catch((e) => console.log('L14', e.message));
