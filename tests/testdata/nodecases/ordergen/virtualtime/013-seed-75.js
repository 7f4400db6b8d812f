// ordergen seed 75
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
    tp.setImmediate(21).then((v) => {
      console.log('L21', v);
      queueMicrotask(() => {
        console.log('L22');
      });
    });
    queueMicrotask(() => {
      console.log('L23');
    });
  }
});
process.nextTick((a0) => {
  console.log('L1', a0);
  tp.setTimeout(250, 'a').then((v) => {
    console.log('L2', v);
    process.nextTick(() => {
      console.log('L3');
    });
  });
}, 'x');
new Promise((res, rej) => {
  console.log('L4');
  rej(new Error('L4-rej'));
}).then((v) => {
  console.log('L5', v);
}, (e) => console.log('L5-rej', e.message));
process.nextTick((a0) => {
  console.log('L6', a0);
}, 'x');
process.nextTick((a0) => {
  console.log('L7', a0);
}, 'x');
setTimeout((a0, a1) => {
  console.log('L8', a0, a1);
  setTimeout(() => {
    console.log('L9');
  }, 50);
  setImmediate((a0) => {
    console.log('L10', a0);
    setImmediate((a0, a1) => {
      console.log('L11', a0, a1);
      queueMicrotask(() => {
        console.log('L12');
        throw new Error('L12-throw');
      });
    }, 'i', 9);
    Promise.resolve({ then(r) { console.log('L13'); r(1); } })
    .then((v) => {
      console.log('L14', v);
      throw new Error('L14-err');
    }, (e) => {
      console.log('L14-rej', e.message);
      return 21;
    })
    .finally(() => {
      console.log('L15');
      return Promise.resolve(0);
    })
    .then((v) => {
      console.log('L16', v);
      setImmediate((a0, a1) => {
        console.log('L17', a0, a1);
      }, 'i', 9);
      return 34;
    }, (e) => {
      console.log('L16-rej', e.message);
      return 'b';
    })
    .catch((e) => console.log('L18', e.message));
  }, 'i');
  throw new Error('L8-throw');
}, 300, 1, 2);
setTimeout((a0) => {
  console.log('L19', a0);
  Promise.resolve().then(() => { console.log('L20-then'); throw new Error('L20'); });
}, 150, 't');
