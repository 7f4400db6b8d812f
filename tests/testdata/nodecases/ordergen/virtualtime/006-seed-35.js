// ordergen seed 35
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
      console.log('L24', v);
      queueMicrotask(() => {
        console.log('L25');
      });
      queueMicrotask(() => {
        console.log('L26');
        process.nextTick((a0, a1) => {
          console.log('L27', a0, a1);
          throw new Error('L27-throw');
        }, 'x', 7);
      });
    });
  }
});
process.nextTick((a0, a1) => {
  console.log('L1', a0, a1);
  tp.setTimeout(0, 'b').then((v) => {
    console.log('L2', v);
    tp.setTimeout(200, 2).then((v) => {
      console.log('L3', v);
      queueMicrotask(() => {
        console.log('L4');
      });
    });
  });
  (async () => {
    console.log('L5');
    console.log('L6', await tp.setTimeout(150, 2));
    console.log('L7', await { then(r) { console.log('L7-then'); r(5); } });
    (async () => { console.log('L8-body'); throw new Error('L8'); })();
    setTimeout((a0, a1) => {
      console.log('L9', a0, a1);
      setImmediate(() => {
        console.log('L10');
      }).unref();
    }, 250, 1, 2).unref();
    console.log('L11', await new Promise((r) => setTimeout(r, 200, 34)));
    return { then(r) { console.log('L5-ret'); r(3); } };
  })().then((v) => console.log('L12', v), (e) => console.log('L12-rej', e.message));
}, 'x', 7);
setTimeout(() => {
  console.log('L13');
  setImmediate(() => {
    console.log('L14');
    setTimeout(() => {
      console.log('L15');
      process.nextTick(() => {
        console.log('L16');
      });
    }, 250);
    tp.setImmediate('b').then((v) => {
      console.log('L17', v);
    });
  });
  queueMicrotask(() => {
    console.log('L18');
  });
  Promise.reject(new Error('L19'))
  .finally(() => {
    console.log('L20');
  })
  .catch((e) => {
    console.log('L21', e.message);
    return 8;
  })
  .catch((e) => console.log('L22', e.message));
}, 300);
const p1 = Promise.reject(new Error('L23'));
queueMicrotask(() => p1.catch((e) => console.log('L23-late', e.message)));
