// ordergen seed 243
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
    queueMicrotask(() => {
      console.log('L28');
      throw new Error('L28-throw');
    });
  }
});
setImmediate((a0, a1) => {
  console.log('L1', a0, a1);
}, 'i', 9);
Promise.resolve(2).then((v) => {
  console.log('L2', v);
});
setTimeout((a0) => {
  console.log('L3', a0);
  setImmediate((a0) => {
    console.log('L4', a0);
    process.nextTick(() => {
      console.log('L5');
      (async () => {
        console.log('L6');
        console.log('L7', await new Promise((r) => setTimeout(r, 150, 3)));
        console.log('L8', await { then(r) { console.log('L8-then'); r(3); } });
        console.log('L9', await Promise.resolve(1));
        throw new Error('L6-throw');
      })().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
    });
  }, 'i');
  (async () => {
    console.log('L11');
    console.log('L12', await tp.setImmediate(5));
    return { then(r) { console.log('L11-ret'); r(5); } };
  })().then((v) => console.log('L13', v), (e) => console.log('L13-rej', e.message));
}, 200, 't').unref();
queueMicrotask(() => {
  console.log('L14');
  setTimeout((a0) => {
    console.log('L15', a0);
    (async () => {
      console.log('L16');
      try {
        await Promise.reject(new Error('L17'));
      } catch (e) {
        console.log('L17-caught', e.message);
      }
      queueMicrotask(() => {
        console.log('L18');
      });
      console.log('L19', await new Promise((r) => setTimeout(r, 100, 'b')));
      throw new Error('L16-throw');
    })().then((v) => console.log('L20', v), (e) => console.log('L20-rej', e.message));
  }, 300, 't').unref();
  queueMicrotask(() => {
    console.log('L21');
    setImmediate((a0) => {
      console.log('L22', a0);
      tp.setTimeout(100, 1).then((v) => {
        console.log('L23', v);
      });
    }, 'i');
  });
});
queueMicrotask(() => {
  console.log('L24');
  new Promise((res, rej) => {
    console.log('L25');
    res(13);
  }).then((v) => {
    console.log('L26', v);
  }, (e) => console.log('L26-rej', e.message));
});
process.exitCode = 4;
setImmediate((a0, a1) => {
  console.log('L27', a0, a1);
}, 'i', 9);
