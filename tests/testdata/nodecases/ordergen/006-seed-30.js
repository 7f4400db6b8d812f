// ordergen seed 30
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(8).then((v) => {
      console.log('L15', v);
      setImmediate((a0) => {
        console.log('L16', a0);
        throw new Error('L16-throw');
      }, 'i');
    });
    process.exitCode = 4;
  }
});
let c1;
setImmediate(() => {
  console.log('L1');
  clearImmediate(c1);
});
c1 = setImmediate(() => console.log('L2-never'));
Promise.reject(new Error('L3'))
.then((v) => {
  console.log('L4', v);
  setImmediate((a0, a1) => {
    console.log('L5', a0, a1);
    setImmediate((a0, a1) => {
      console.log('L6', a0, a1);
    }, 'i', 9);
    setTimeout((a0) => {
      console.log('L7', a0);
      Promise.resolve(1).then((v) => {
        console.log('L8', v);
      });
    }, 200, 't');
  }, 'i', 9);
  tp.setTimeout(100, 'a').then((v) => {
    console.log('L9', v);
    queueMicrotask(() => {
      console.log('L10');
    });
  });
  return;
})
.then((v) => {
  console.log('L11', v);
  throw new Error('L11-err');
})
.finally(() => {
  console.log('L12');
})
.then((v) => {
  console.log('L13', v);
  throw new Error('L13-err');
}, (e) => {
  console.log('L13-rej', e.message);
  return 3;
});
queueMicrotask(() => {
  console.log('L14');
});
