// ordergen seed 139
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
process.nextTick((a0) => {
  console.log('L1', a0);
  setTimeout((a0) => {
    console.log('L2', a0);
  }, 1, 't');
}, 'x');
setTimeout((a0) => {
  console.log('L3', a0);
}, 100, 't');
setTimeout(() => {
  console.log('L4');
  (async () => {
    console.log('L5');
    console.log('L6', await { then(r) { console.log('L6-then'); r(8); } });
    try {
      await Promise.reject(new Error('L7'));
    } catch (e) {
      console.log('L7-caught', e.message);
    }
    return 'a';
  })().then((v) => console.log('L8', v));
  setImmediate((a0) => {
    console.log('L9', a0);
  }, 'i');
}, 300);
setTimeout((a0) => {
  console.log('L10', a0);
  process.nextTick((a0) => {
    console.log('L11', a0);
    tp.setImmediate(3).then((v) => {
      console.log('L12', v);
    });
  }, 'x');
  setImmediate((a0, a1) => {
    console.log('L13', a0, a1);
    setTimeout(() => {
      console.log('L14');
      process.nextTick((a0) => {
        console.log('L15', a0);
      }, 'x');
    }, 200);
  }, 'i', 9);
}, 250, 't');
setTimeout((a0) => {
  console.log('L16', a0);
}, 150, 't');
