// ordergen seed 104
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
    Promise.resolve({ then(r) { console.log('L18'); r(8); } })
    .catch((e) => {
      console.log('L19', e.message);
      throw new Error('L19-err');
    })
    .finally(() => {
      console.log('L20');
      return Promise.resolve(0);
    })
    .catch((e) => console.log('L21', e.message));
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await tp.setTimeout(150, 1));
  setImmediate((a0) => {
    console.log('L3', a0);
  }, 'i');
  console.log('L4', await tp.setTimeout(200, 21));
  console.log('L5', await new Promise((r) => setTimeout(r, 200, 2)));
  return 'b';
})().then((v) => console.log('L6', v), (e) => console.log('L6-rej', e.message));
queueMicrotask(() => {
  console.log('L7');
  setTimeout(() => {
    console.log('L8');
    process.nextTick((a0) => {
      console.log('L9', a0);
    }, 'x');
    Promise.reject(new Error('L10'))
    .then((v) => {
      console.log('L11', v);
      return 8;
    }, (e) => {
      console.log('L11-rej', e.message);
      return 8;
    })
    .finally(() => {
      console.log('L12');
    })
    .catch((e) => console.log('L13', e.message));
  }, 250);
  new Promise((res, rej) => {
    console.log('L14');
    setTimeout(res, 100, 'b');
  }).then((v) => {
    console.log('L15', v);
    Promise.resolve(13).then((v) => {
      console.log('L16', v);
    });
    const c1 = setTimeout(() => console.log('L17-never'), 0);
    process.nextTick(() => clearTimeout(c1));
  }, (e) => console.log('L15-rej', e.message));
});
process.exitCode = 4;
