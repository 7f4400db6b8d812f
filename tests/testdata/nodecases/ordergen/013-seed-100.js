// ordergen seed 100
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
    Promise.resolve(5).then((v) => {
      console.log('L17', v);
    });
    (async () => {
      console.log('L18');
      console.log('L19', await 3);
      console.log('L20', await tp.setImmediate(1));
      console.log('L21', await 8);
      return Promise.resolve(5);
    })().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
  }
});
process.nextTick((a0) => {
  console.log('L1', a0);
  setImmediate((a0, a1) => {
    console.log('L2', a0, a1);
    Promise.resolve(34).then((v) => {
      console.log('L3', v);
    });
  }, 'i', 9);
  new Promise((res, rej) => {
    console.log('L4');
    queueMicrotask(() => rej(new Error('L4-rej')));
  }).then((v) => {
    console.log('L5', v);
  }, (e) => console.log('L5-rej', e.message));
}, 'x');
new Promise((res, rej) => {
  console.log('L6');
  setImmediate(() => res(2));
}).then((v) => {
  console.log('L7', v);
  (async () => {
    console.log('L8');
    console.log('L9', await new Promise((r) => setTimeout(r, 100, 'a')));
    new Promise((res, rej) => {
      console.log('L10');
      res({ then(r) { console.log('L10-then'); r(1); } });
    }).then((v) => {
      console.log('L11', v);
    }, (e) => console.log('L11-rej', e.message));
    console.log('L12', await tp.setImmediate(1));
    throw new Error('L8-throw');
  })().then((v) => console.log('L13', v));
}, (e) => console.log('L7-rej', e.message));
queueMicrotask(() => {
  console.log('L14');
  let c1;
  setImmediate(() => {
    console.log('L15');
    clearImmediate(c1);
  });
  c1 = setImmediate(() => console.log('L16-never'));
  throw new Error('L14-throw');
});
