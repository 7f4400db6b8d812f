// ordergen seed 196
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout(() => {
      console.log('L24');
      setTimeout(() => {
        console.log('L25');
        Promise.resolve(13).then((v) => {
          console.log('L26', v);
        });
        throw new Error('L25-throw');
      }, 100);
    }, 100);
  }
});
setTimeout((a0, a1) => {
  console.log('L1', a0, a1);
  let c1;
  setImmediate(() => {
    console.log('L2');
    clearImmediate(c1);
  });
  c1 = setImmediate(() => console.log('L3-never'));
  setImmediate((a0, a1) => {
    console.log('L4', a0, a1);
    setTimeout((a0) => {
      console.log('L5', a0);
      tp.setTimeout(0, 'c').then((v) => {
        console.log('L6', v);
      });
    }, 150, 't');
  }, 'i', 9);
  tp.setTimeout(200, 3).then((v) => {
    console.log('L7', v);
    Promise.reject(new Error('L8'))
    .catch((e) => {
      console.log('L9', e.message);
      Promise.resolve(1).then((v) => {
        console.log('L10', v);
      });
      return Promise.resolve(1);
    })
    .finally(() => {
      console.log('L11');
    })
    .finally(() => {
      console.log('L12');
      return Promise.resolve(0);
    })
    .catch((e) => {
      console.log('L13', e.message);
      return;
    })
    .catch((e) => console.log('L14', e.message));
    new Promise((res, rej) => {
      console.log('L15');
      res('a');
    }).then((v) => {
      console.log('L16', v);
      (async () => {
        console.log('L17');
        console.log('L18', await Promise.resolve(34));
        return Promise.resolve(8);
      })().then((v) => console.log('L19', v));
    }, (e) => console.log('L16-rej', e.message));
  });
}, 0, 1, 2);
(async () => {
  console.log('L20');
  try {
    await Promise.reject(new Error('L21'));
  } catch (e) {
    console.log('L21-caught', e.message);
  }
  throw new Error('L20-throw');
})().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
process.nextTick((a0, a1) => {
  console.log('L23', a0, a1);
}, 'x', 7);
