// ordergen seed 31
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(() => { console.log('L1-then'); throw new Error('L1'); });
Promise.resolve(5).then((v) => {
  console.log('L2', v);
  Promise.resolve('b').then((v) => {
    console.log('L3', v);
  });
  Promise.resolve(5).then((v) => {
    console.log('L4', v);
    Promise.resolve({ then(r) { console.log('L5'); r(2); } })
    .then((v) => {
      console.log('L6', v);
      return { then(r) { console.log('L6-then'); r('b'); } };
    })
    .finally(() => {
      console.log('L7');
      setImmediate(() => {
        console.log('L8');
      });
    })
    .catch((e) => {
      console.log('L9', e.message);
      return;
    })
    .then((v) => {
      console.log('L10', v);
      return { then(r) { console.log('L10-then'); r(8); } };
    })
    .catch((e) => console.log('L11', e.message));
    Promise.resolve({ then(r) { console.log('L12'); r(3); } })
    .then((v) => {
      console.log('L13', v);
      tp.setTimeout(100, 2).then((v) => {
        console.log('L14', v);
      });
      return 21;
    })
    .catch((e) => {
      console.log('L15', e.message);
      return Promise.resolve('b');
    });
  });
});
process.exitCode = 2;
