// ordergen seed 11
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
process.nextTick((a0) => {
  console.log('L1', a0);
  setImmediate((a0, a1) => {
    console.log('L2', a0, a1);
  }, 'i', 9);
  process.nextTick(() => {
    console.log('L3');
    queueMicrotask(() => {
      console.log('L4');
      Promise.resolve(2).then((v) => {
        console.log('L5', v);
      });
    });
  });
}, 'x');
new Promise((res, rej) => {
  console.log('L6');
  setTimeout(res, 250, 13);
}).then((v) => {
  console.log('L7', v);
  setTimeout(() => {
    console.log('L8');
    new Promise((res, rej) => {
      console.log('L9');
      setImmediate(() => res(3));
    }).then((v) => {
      console.log('L10', v);
    }, (e) => console.log('L10-rej', e.message));
  }, 200);
}, (e) => console.log('L7-rej', e.message));
new Promise((res, rej) => {
  console.log('L11');
  process.nextTick(res, 1);
}).then((v) => {
  console.log('L12', v);
}, (e) => console.log('L12-rej', e.message));
(async () => {
  console.log('L13');
  console.log('L14', await 5);
  return 13;
})().then((v) => console.log('L15', v), (e) => console.log('L15-rej', e.message));
