// ordergen seed 199
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
(async () => { console.log('L1-body'); throw new Error('L1'); })();
Promise.resolve(34).then((v) => {
  console.log('L2', v);
  new Promise((res, rej) => {
    console.log('L3');
    res({ then(r) { console.log('L3-then'); r(8); } });
  }).then((v) => {
    console.log('L4', v);
    process.nextTick((a0) => {
      console.log('L5', a0);
      new Promise((res, rej) => {
        console.log('L6');
        process.nextTick(res, 'c');
      }).then((v) => {
        console.log('L7', v);
      }, (e) => console.log('L7-rej', e.message));
    }, 'x');
  }, (e) => console.log('L4-rej', e.message));
  setTimeout((a0, a1) => {
    console.log('L8', a0, a1);
    throw new Error('L8-throw');
  }, 150, 1, 2).unref();
});
process.nextTick((a0, a1) => {
  console.log('L9', a0, a1);
  Promise.resolve(2)
  .catch((e) => {
    console.log('L10', e.message);
    throw new Error('L10-err');
  })
  .finally(() => {
    console.log('L11');
  })
  .catch((e) => console.log('L12', e.message));
  (async () => { console.log('L13-body'); throw new Error('L13'); })();
}, 'x', 7);
new Promise((res, rej) => {
  console.log('L14');
  res({ then(r) { console.log('L14-then'); r('a'); } });
}).then((v) => {
  console.log('L15', v);
}, (e) => console.log('L15-rej', e.message));
tp.setTimeout(300, 'c').then((v) => {
  console.log('L16', v);
  process.nextTick((a0) => {
    console.log('L17', a0);
  }, 'x');
  tp.setImmediate('c').then((v) => {
    console.log('L18', v);
    (async () => { console.log('L19-body'); throw new Error('L19'); })();
  });
  new Promise((res, rej) => {
    console.log('L20');
    res(5);
  }).then((v) => {
    console.log('L21', v);
  }, (e) => console.log('L21-rej', e.message));
});
tp.setImmediate('a').then((v) => {
  console.log('L22', v);
  Promise.resolve({ then(r) { console.log('L23'); r(1); } })
  .finally(() => {
    console.log('L24');
    return Promise.resolve(0);
  })
  .then((v) => {
    console.log('L25', v);
    return { then(r) { console.log('L25-then'); r('b'); } };
  })
  .catch((e) => console.log('L26', e.message));
});
setImmediate((a0) => {
  console.log('L27', a0);
  setImmediate((a0, a1) => {
    console.log('L28', a0, a1);
  }, 'i', 9);
}, 'i');
