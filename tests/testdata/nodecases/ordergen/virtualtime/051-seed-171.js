// ordergen seed 171
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  console.log('L1');
}, 200);
setTimeout(() => {
  console.log('L2');
  setImmediate(() => {
    console.log('L3');
    tp.setTimeout(100, 8).then((v) => {
      console.log('L4', v);
      new Promise((res, rej) => {
        console.log('L5');
        res('c');
      }).then((v) => {
        console.log('L6', v);
      }, (e) => console.log('L6-rej', e.message));
    });
    Promise.resolve().then(() => { console.log('L7-then'); throw new Error('L7'); });
  });
  const c1 = setTimeout(() => console.log('L8-never'), 40);
  process.nextTick(() => clearTimeout(c1));
}, 250);
Promise.reject(new Error('L9'))
.catch((e) => {
  console.log('L10', e.message);
  return;
})
.then((v) => {
  console.log('L11', v);
  throw new Error('L11-err');
}, (e) => {
  console.log('L11-rej', e.message);
  return 21;
})
.then((v) => {
  console.log('L12', v);
  return { then(r) { console.log('L12-then'); r(13); } };
})
.then((v) => {
  console.log('L13', v);
  return { then(r) { console.log('L13-then'); r(1); } };
});
