// ordergen seed 166
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    queueMicrotask(() => {
      console.log('L25');
    });
  }
});
setTimeout(() => {
  console.log('L1');
  (async () => {
    console.log('L2');
    console.log('L3', await tp.setTimeout(0, 13));
    queueMicrotask(() => {
      console.log('L4');
    });
    console.log('L5', await new Promise((r) => setTimeout(r, 50, 5)));
    return Promise.resolve(5);
  })().then((v) => console.log('L6', v), (e) => console.log('L6-rej', e.message));
  process.nextTick(() => {
    console.log('L7');
    process.nextTick((a0, a1) => {
      console.log('L8', a0, a1);
    }, 'x', 7);
  });
}, 200);
process.nextTick(() => {
  console.log('L9');
  (async () => {
    console.log('L10');
    console.log('L11', await tp.setTimeout(300, 3));
    (async () => {
      console.log('L12');
      try {
        await Promise.reject(new Error('L13'));
      } catch (e) {
        console.log('L13-caught', e.message);
      }
      console.log('L14', await new Promise((r) => setTimeout(r, 200, 3)));
      console.log('L15', await 8);
      return 1;
    })().then((v) => console.log('L16', v), (e) => console.log('L16-rej', e.message));
    return 13;
  })().then((v) => console.log('L17', v));
  setImmediate((a0, a1) => {
    console.log('L18', a0, a1);
    tp.setImmediate('a').then((v) => {
      console.log('L19', v);
      queueMicrotask(() => {
        console.log('L20');
      });
    });
  }, 'i', 9);
});
tp.setTimeout(350, 'a').then((v) => {
  console.log('L21', v);
  setTimeout(() => {
    console.log('L22');
  }, 100);
});
new Promise((res, rej) => {
  console.log('L23');
  res(8);
}).then((v) => {
  console.log('L24', v);
}, (e) => console.log('L24-rej', e.message));
