// ordergen seed 185
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  setImmediate((a0, a1) => {
    console.log('L2', a0, a1);
    process.nextTick(() => {
      console.log('L3');
    });
    setImmediate(() => {
      console.log('L4');
    }).unref();
  }, 'i', 9);
});
tp.setImmediate(34).then((v) => {
  console.log('L5', v);
  setTimeout((a0, a1) => {
    console.log('L6', a0, a1);
    setTimeout((a0, a1) => {
      console.log('L7', a0, a1);
    }, 1, 1, 2);
    new Promise((r) => r(21))
    .then((v) => {
      console.log('L8', v);
      return Promise.resolve(8);
    }, (e) => {
      console.log('L8-rej', e.message);
      return 'b';
    })
    .catch((e) => {
      console.log('L9', e.message);
      return 21;
    })
    .catch((e) => console.log('L10', e.message));
  }, 150, 1, 2);
});
setImmediate(() => {
  console.log('L11');
  Promise.resolve(1).then((v) => {
    console.log('L12', v);
    process.nextTick(() => {
      console.log('L13');
      queueMicrotask(() => {
        console.log('L14');
      });
    });
    Promise.resolve(34)
    .then((v) => {
      console.log('L15', v);
      return { then(r) { console.log('L15-then'); r(21); } };
    }, (e) => {
      console.log('L15-rej', e.message);
      return 'a';
    })
    .finally(() => {
      console.log('L16');
      throw new Error('L16-fin');
    })
    .then((v) => {
      console.log('L17', v);
      return Promise.resolve(1);
    })
    .catch((e) => console.log('L18', e.message));
  });
});
