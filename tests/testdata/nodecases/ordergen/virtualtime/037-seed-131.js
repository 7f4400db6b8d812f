// ordergen seed 131
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(3).then((v) => {
      console.log('L14', v);
      (async () => {
        console.log('L15');
        try {
          await Promise.reject(new Error('L16'));
        } catch (e) {
          console.log('L16-caught', e.message);
        }
        console.log('L17', await Promise.resolve('c'));
        console.log('L18', await Promise.resolve(8));
        return 34;
      })().then((v) => console.log('L19', v), (e) => console.log('L19-rej', e.message));
    });
  }
});
process.nextTick((a0, a1) => {
  console.log('L1', a0, a1);
}, 'x', 7);
setTimeout((a0) => {
  console.log('L2', a0);
  (async () => { console.log('L3-body'); throw new Error('L3'); })();
  new Promise((res, rej) => {
    console.log('L4');
    setTimeout(res, 150, 13);
  }).then((v) => {
    console.log('L5', v);
  }, (e) => console.log('L5-rej', e.message));
  queueMicrotask(() => {
    console.log('L6');
    Promise.resolve('b').then((v) => {
      console.log('L7', v);
    });
    tp.setTimeout(100, 21).then((v) => {
      console.log('L8', v);
    });
  });
}, 0, 't');
queueMicrotask(() => {
  console.log('L9');
});
tp.setTimeout(300, 5).then((v) => {
  console.log('L10', v);
  queueMicrotask(() => {
    console.log('L11');
    process.exitCode = 3;
  });
  setTimeout(() => {
    console.log('L12');
  }, 1);
  Promise.reject(new Error('L13'));
});
