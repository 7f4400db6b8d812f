// ordergen seed 110
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
    setTimeout((a0, a1) => {
      console.log('L11', a0, a1);
      setImmediate((a0) => {
        console.log('L12', a0);
      }, 'i');
      setTimeout((a0) => {
        console.log('L13', a0);
      }, 50, 't');
    }, 0, 1, 2);
    setTimeout((a0) => {
      console.log('L14', a0);
    }, 100, 't');
  }
});
setTimeout((a0) => {
  console.log('L1', a0);
}, 1, 't');
setTimeout((a0, a1) => {
  console.log('L2', a0, a1);
}, 150, 1, 2);
new Promise((res, rej) => {
  console.log('L3');
  rej(new Error('L3-rej'));
}).then((v) => {
  console.log('L4', v);
  setTimeout((a0) => {
    console.log('L5', a0);
    tp.setTimeout(150, 8).then((v) => {
      console.log('L6', v);
      process.exitCode = 2;
    });
  }, 300, 't');
  setTimeout((a0, a1) => {
    console.log('L7', a0, a1);
  }, 100, 1, 2);
}, (e) => console.log('L4-rej', e.message));
setTimeout((a0) => {
  console.log('L8', a0);
  setImmediate((a0) => {
    console.log('L9', a0);
    setImmediate((a0) => {
      console.log('L10', a0);
    }, 'i').unref();
    process.exitCode = 4;
  }, 'i').unref();
  throw new Error('L8-throw');
}, 400, 't');
