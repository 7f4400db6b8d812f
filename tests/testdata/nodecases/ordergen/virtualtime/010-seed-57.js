// ordergen seed 57
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
    setImmediate((a0, a1) => {
      console.log('L30', a0, a1);
    }, 'i', 9).unref();
    setTimeout(() => {
      console.log('L31');
    }, 100).unref();
  }
});
setImmediate(() => {
  console.log('L1');
});
const c1 = setTimeout(() => console.log('L2-never'), 40);
process.nextTick(() => clearTimeout(c1));
setImmediate(() => {
  console.log('L3');
});
process.nextTick((a0) => {
  console.log('L4', a0);
  setTimeout((a0) => {
    console.log('L5', a0);
    (async () => {
      console.log('L6');
      console.log('L7', await 8);
      return 13;
    })().then((v) => console.log('L8', v), (e) => console.log('L8-rej', e.message));
    process.nextTick((a0) => {
      console.log('L9', a0);
    }, 'x');
  }, 250, 't');
}, 'x');
process.nextTick(() => {
  console.log('L10');
  queueMicrotask(() => {
    console.log('L11');
    Promise.resolve('b').then((v) => {
      console.log('L12', v);
    });
    setTimeout((a0) => {
      console.log('L13', a0);
    }, 300, 't');
    throw new Error('L11-throw');
  });
});
new Promise((res, rej) => {
  console.log('L14');
  res(2);
}).then((v) => {
  console.log('L15', v);
  setImmediate((a0) => {
    console.log('L16', a0);
    setImmediate((a0) => {
      console.log('L17', a0);
    }, 'i');
    new Promise((r) => r(5))
    .then((v) => {
      console.log('L18', v);
      return { then(r) { console.log('L18-then'); r('b'); } };
    })
    .catch((e) => {
      console.log('L19', e.message);
      return 8;
    })
    .then((v) => {
      console.log('L20', v);
      return;
    })
    .catch((e) => console.log('L21', e.message));
  }, 'i');
  tp.setTimeout(200, 34).then((v) => {
    console.log('L22', v);
    setImmediate((a0) => {
      console.log('L23', a0);
      (async () => {
        console.log('L24');
        try {
          await Promise.reject(new Error('L25'));
        } catch (e) {
          console.log('L25-caught', e.message);
        }
        console.log('L26', await { then(r) { console.log('L26-then'); r(13); } });
        try {
          await Promise.reject(new Error('L27'));
        } catch (e) {
          console.log('L27-caught', e.message);
        }
        return { then(r) { console.log('L24-ret'); r(2); } };
      })().then((v) => console.log('L28', v), (e) => console.log('L28-rej', e.message));
    }, 'i');
  });
  Promise.resolve().then(() => { console.log('L29-then'); throw new Error('L29'); });
}, (e) => console.log('L15-rej', e.message));
