// ordergen seed 127
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
    tp.setTimeout(50, 21).then((v) => {
      console.log('L20', v);
      queueMicrotask(() => {
        console.log('L21');
      });
    });
  }
});
process.nextTick(() => {
  console.log('L1');
});
queueMicrotask(() => {
  console.log('L2');
});
setTimeout(() => {
  console.log('L3');
  Promise.resolve(5).then((v) => {
    console.log('L4', v);
    (async () => {
      console.log('L5');
      console.log('L6', await Promise.resolve('c'));
      console.log('L7', await tp.setImmediate(1));
      new Promise((res, rej) => {
        console.log('L8');
        queueMicrotask(() => rej(new Error('L8-rej')));
      }).then((v) => {
        console.log('L9', v);
      }, (e) => console.log('L9-rej', e.message));
      try {
        await Promise.reject(new Error('L10'));
      } catch (e) {
        console.log('L10-caught', e.message);
      }
      process.nextTick((a0, a1) => {
        console.log('L11', a0, a1);
      }, 'x', 7);
      return Promise.resolve(13);
    })().then((v) => console.log('L12', v), (e) => console.log('L12-rej', e.message));
    setTimeout((a0, a1) => {
      console.log('L13', a0, a1);
    }, 100, 1, 2);
  });
  process.nextTick(() => {
    console.log('L14');
    Promise.resolve(1).then((v) => {
      console.log('L15', v);
      setTimeout(() => {
        console.log('L16');
      }, 250);
    });
    setTimeout((a0, a1) => {
      console.log('L17', a0, a1);
      new Promise((res, rej) => {
        console.log('L18');
        setTimeout(res, 50, 'c');
      }).then((v) => {
        console.log('L19', v);
      }, (e) => console.log('L19-rej', e.message));
    }, 300, 1, 2);
  });
}, 150).unref();
