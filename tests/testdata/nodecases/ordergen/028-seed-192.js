// ordergen seed 192
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((res, rej) => {
      console.log('L20');
      queueMicrotask(() => rej(new Error('L20-rej')));
    }).then((v) => {
      console.log('L21', v);
    }, (e) => console.log('L21-rej', e.message));
  }
});
new Promise((res, rej) => {
  console.log('L1');
  queueMicrotask(() => rej(new Error('L1-rej')));
}).then((v) => {
  console.log('L2', v);
  process.nextTick((a0, a1) => {
    console.log('L3', a0, a1);
    setTimeout((a0, a1) => {
      console.log('L4', a0, a1);
      Promise.resolve(8).then((v) => {
        console.log('L5', v);
      });
    }, 250, 1, 2);
  }, 'x', 7);
}, (e) => console.log('L2-rej', e.message));
new Promise((r) => r(21))
.catch((e) => {
  console.log('L6', e.message);
  return { then(r) { console.log('L6-then'); r(13); } };
})
.then((v) => {
  console.log('L7', v);
  throw new Error('L7-err');
}, (e) => {
  console.log('L7-rej', e.message);
  return 34;
})
.catch((e) => console.log('L8', e.message));
setTimeout((a0) => {
  console.log('L9', a0);
  setImmediate((a0) => {
    console.log('L10', a0);
    new Promise((res, rej) => {
      console.log('L11');
      queueMicrotask(() => rej(new Error('L11-rej')));
    }).then((v) => {
      console.log('L12', v);
    }, (e) => console.log('L12-rej', e.message));
    setImmediate(() => {
      console.log('L13');
      new Promise((res, rej) => {
        console.log('L14');
        queueMicrotask(() => rej(new Error('L14-rej')));
      }).then((v) => {
        console.log('L15', v);
      }, (e) => console.log('L15-rej', e.message));
      throw new Error('L13-throw');
    });
  }, 'i');
  setTimeout((a0, a1) => {
    console.log('L16', a0, a1);
    queueMicrotask(() => {
      console.log('L17');
    });
    queueMicrotask(() => {
      console.log('L18');
    });
  }, 200, 1, 2);
  process.nextTick((a0, a1) => {
    console.log('L19', a0, a1);
  }, 'x', 7);
}, 300, 't');
