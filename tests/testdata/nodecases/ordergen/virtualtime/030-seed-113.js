// ordergen seed 113
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
    (async () => {
      console.log('L24');
      console.log('L25', await tp.setImmediate(1));
      clearImmediate(setImmediate(() => console.log('L26-never')));
      clearImmediate(undefined);
      setImmediate((a0) => {
        console.log('L27', a0);
      }, 'i');
      console.log('L28', await { then(r) { console.log('L28-then'); r(2); } });
      return Promise.resolve('c');
    })().then((v) => console.log('L29', v), (e) => console.log('L29-rej', e.message));
    process.nextTick(() => {
      console.log('L30');
      (async () => {
        console.log('L31');
        try {
          await Promise.reject(new Error('L32'));
        } catch (e) {
          console.log('L32-caught', e.message);
        }
        console.log('L33', await { then(r) { console.log('L33-then'); r(21); } });
        return await Promise.resolve(5);
      })().then((v) => console.log('L34', v), (e) => console.log('L34-rej', e.message));
    });
  }
});
Promise.resolve().then(() => { console.log('L1-then'); throw new Error('L1'); });
let c1;
setTimeout(() => {
  console.log('L2');
  clearTimeout(c1);
}, 1);
c1 = setTimeout(() => console.log('L3-never'), 1);
queueMicrotask(() => {
  console.log('L4');
  (async () => {
    console.log('L5');
    console.log('L6', await Promise.resolve('a'));
    setTimeout((a0, a1) => {
      console.log('L7', a0, a1);
      Promise.resolve(21).then((v) => {
        console.log('L8', v);
      });
    }, 200, 1, 2);
    console.log('L9', await Promise.resolve(3));
    console.log('L10', await tp.setTimeout(150, 1));
    return await Promise.resolve(2);
  })().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
  setTimeout((a0) => {
    console.log('L12', a0);
    Promise.resolve(8).then((v) => {
      console.log('L13', v);
    });
    setTimeout((a0) => {
      console.log('L14', a0);
      new Promise((r) => r(21))
      .then((v) => {
        console.log('L15', v);
        return 1;
      }, (e) => {
        console.log('L15-rej', e.message);
        return 5;
      })
      .then((v) => {
        console.log('L16', v);
        return;
      })
      .then((v) => {
        console.log('L17', v);
        return;
      }, (e) => {
        console.log('L17-rej', e.message);
        return 1;
      });
    }, 150, 't');
  }, 250, 't');
  setTimeout((a0, a1) => {
    console.log('L18', a0, a1);
  }, 300, 1, 2);
});
(async () => {
  console.log('L19');
  console.log('L20', await tp.setTimeout(100, 8));
  console.log('L21', await tp.setTimeout(450, 'a'));
  console.log('L22', await Promise.resolve(3));
  throw new Error('L19-throw');
})().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
