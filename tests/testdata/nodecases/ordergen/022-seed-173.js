// ordergen seed 173
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout((a0, a1) => {
      console.log('L18', a0, a1);
    }, 50, 1, 2).unref();
  }
});
queueMicrotask(() => {
  console.log('L1');
  clearTimeout(setTimeout(() => console.log('L2-never'), 0));
  clearTimeout(undefined);
  queueMicrotask(() => {
    console.log('L3');
    (async () => {
      console.log('L4');
      console.log('L5', await 1);
      process.exitCode = 2;
      console.log('L7', await Promise.resolve(2));
      tp.setTimeout(150, 5).then((v) => {
        console.log('L8', v);
      });
      return { then(r) { console.log('L4-ret'); r(8); } };
    })().then((v) => console.log('L9', v), (e) => console.log('L9-rej', e.message));
    throw new Error('L3-throw');
  });
});
process.nextTick((a0) => {
  console.log('L10', a0);
  (async () => {
    console.log('L11');
    return 'a';
  })().then((v) => console.log('L13', v), (e) => console.log('L13-rej', e.message));
}, 'x');
(async () => {
  console.log('L14');
  console.log('L16', await Promise.resolve(5));
  throw new Error('L14-throw');
})().then((v) => console.log('L17', v), (e) => console.log('L17-rej', e.message));
