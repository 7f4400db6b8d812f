// ordergen seed 90
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
Promise.resolve({ then(r) { console.log('L1'); r('a'); } })
.then((v) => {
  console.log('L2', v);
  return 21;
})
.finally(() => {
  console.log('L3');
})
.catch((e) => console.log('L4', e.message));
setTimeout(() => {
  console.log('L5');
  queueMicrotask(() => {
    console.log('L6');
    tp.setTimeout(0, 34).then((v) => {
      console.log('L7', v);
    });
  });
  throw new Error('L5-throw');
}, 250);
process.exitCode = 4;
