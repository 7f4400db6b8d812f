// ordergen seed 191
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  queueMicrotask(() => {
    console.log('L2');
    new Promise((res, rej) => {
      console.log('L3');
      process.nextTick(res, 21);
    }).then((v) => {
      console.log('L4', v);
    }, (e) => console.log('L4-rej', e.message));
    tp.setTimeout(250, 8).then((v) => {
      console.log('L5', v);
      {
        let n2 = 0;
        const h1 = setInterval((x) => {
          n2++;
          console.log('L6', n2, x);
          if (n2 === 1) {
          }
          if (n2 === 2) clearInterval(h1);
        }, 100, 'iv');
      }
    });
  });
});
new Promise((r) => r('b'))
.then((v) => {
  console.log('L7', v);
  return;
})
.finally(() => {
  console.log('L8');
  return Promise.resolve(0);
})
.catch((e) => {
  console.log('L9', e.message);
  throw new Error('L9-err');
})
.then((v) => {
  console.log('L10', v);
  throw new Error('L10-err');
})
.catch((e) => console.log('L11', e.message));
process.exitCode = 2;
setTimeout(() => {
  console.log('L12');
}, 100);
