// ordergen seed 231
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
    Promise.reject(new Error('L17'))
    .finally(() => {
      console.log('L18');
      return Promise.resolve(0);
    })
    .finally(() => {
      console.log('L19');
    });
    tp.setTimeout(200, 1).then((v) => {
      console.log('L20', v);
      setImmediate((a0) => {
        console.log('L21', a0);
      }, 'i').unref();
    });
  }
});
process.nextTick((a0, a1) => {
  console.log('L1', a0, a1);
  Promise.reject(new Error('L2'))
  .finally(() => {
    console.log('L3');
    new Promise((res, rej) => {
      console.log('L4');
      queueMicrotask(() => rej(new Error('L4-rej')));
    }).then((v) => {
      console.log('L5', v);
      setTimeout(() => {
        console.log('L6');
      }, 100);
    }, (e) => console.log('L5-rej', e.message));
    throw new Error('L3-fin');
  })
  .catch((e) => {
    console.log('L7', e.message);
    return;
  });
  tp.setTimeout(150, 8).then((v) => {
    console.log('L8', v);
  });
  queueMicrotask(() => {
    console.log('L9');
    queueMicrotask(() => {
      console.log('L10');
      process.nextTick(() => {
        console.log('L11');
      });
    });
  });
}, 'x', 7);
(async () => { console.log('L12-body'); throw new Error('L12'); })();
setImmediate(() => {
  console.log('L13');
  setImmediate((a0, a1) => {
    console.log('L14', a0, a1);
    setTimeout(() => {
      console.log('L15');
      tp.setImmediate(8).then((v) => {
        console.log('L16', v);
      });
    }, 350);
  }, 'i', 9);
});
