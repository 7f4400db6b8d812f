// ordergen seed 125
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    tp.setTimeout(50, 2).then((v) => {
      console.log('L12', v);
      queueMicrotask(() => {
        console.log('L13');
      });
    });
    new Promise((res, rej) => {
      console.log('L14');
      setTimeout(res, 150, 3);
    }).then((v) => {
      console.log('L15', v);
      setTimeout((a0) => {
        console.log('L16', a0);
        process.nextTick((a0) => {
          console.log('L17', a0);
        }, 'x');
        throw new Error('L16-throw');
      }, 50, 't');
    }, (e) => console.log('L15-rej', e.message));
  }
});
tp.setTimeout(150, 21).then((v) => {
  console.log('L1', v);
  setImmediate((a0) => {
    console.log('L2', a0);
    new Promise((res, rej) => {
      console.log('L3');
      queueMicrotask(() => rej(new Error('L3-rej')));
    }).then((v) => {
      console.log('L4', v);
      (async () => {
        console.log('L5');
        console.log('L6', await tp.setImmediate(3));
        console.log('L7', await tp.setTimeout(200, 'c'));
        console.log('L8', await Promise.resolve(2));
        throw new Error('L5-throw');
      })().then((v) => console.log('L9', v));
    }, (e) => console.log('L4-rej', e.message));
  }, 'i');
});
process.nextTick(() => {
  console.log('L10');
});
(async () => { console.log('L11-body'); throw new Error('L11'); })();
