// ordergen seed 214
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
      console.log('L24');
      res({ then(r) { console.log('L24-then'); r(2); } });
    }).then((v) => {
      console.log('L25', v);
    }, (e) => console.log('L25-rej', e.message));
    process.nextTick((a0, a1) => {
      console.log('L26', a0, a1);
      queueMicrotask(() => {
        console.log('L27');
        setTimeout((a0) => {
          console.log('L28', a0);
        }, 1, 't');
      });
      queueMicrotask(() => {
        console.log('L29');
      });
    }, 'x', 7);
  }
});
tp.setTimeout(200, 21).then((v) => {
  console.log('L1', v);
});
queueMicrotask(() => {
  console.log('L2');
  (async () => {
    console.log('L3');
    console.log('L4', await tp.setImmediate(13));
    console.log('L5', await 'c');
    console.log('L6', await Promise.resolve('a'));
    process.nextTick((a0, a1) => {
      console.log('L7', a0, a1);
    }, 'x', 7);
    throw new Error('L3-throw');
  })().then((v) => console.log('L8', v), (e) => console.log('L8-rej', e.message));
  process.nextTick(() => {
    console.log('L9');
    setImmediate((a0) => {
      console.log('L10', a0);
    }, 'i');
    Promise.resolve().then(() => { console.log('L11-then'); throw new Error('L11'); });
  });
  Promise.resolve(13).then((v) => {
    console.log('L12', v);
    setTimeout((a0, a1) => {
      console.log('L13', a0, a1);
    }, 300, 1, 2).unref();
    tp.setImmediate(2).then((v) => {
      console.log('L14', v);
      tp.setTimeout(150, 'c').then((v) => {
        console.log('L15', v);
      });
    });
  });
});
Promise.resolve('b').then((v) => {
  console.log('L16', v);
  new Promise((res, rej) => {
    console.log('L17');
    res({ then(r) { console.log('L17-then'); r(5); } });
  }).then((v) => {
    console.log('L18', v);
    process.nextTick(() => {
      console.log('L19');
    });
    process.nextTick(() => {
      console.log('L20');
      Promise.reject(new Error('L21'))
      .then((v) => {
        console.log('L22', v);
        return 21;
      })
      .catch((e) => {
        console.log('L23', e.message);
        return { then(r) { console.log('L23-then'); r(2); } };
      });
    });
  }, (e) => console.log('L18-rej', e.message));
});
