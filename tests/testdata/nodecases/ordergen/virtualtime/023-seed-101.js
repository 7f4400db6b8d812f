// ordergen seed 101
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
    {
      let n3 = 0;
      const h2 = setInterval((x) => {
        n3++;
        console.log('L19', n3, x);
        if (n3 === 1) {
          (async () => {
            console.log('L20');
            try {
              await Promise.reject(new Error('L21'));
            } catch (e) {
              console.log('L21-caught', e.message);
            }
            console.log('L22', await tp.setTimeout(50, 5));
            console.log('L23', await Promise.resolve(34));
            queueMicrotask(() => {
              console.log('L24');
            });
            return Promise.resolve('c');
          })().then((v) => console.log('L25', v), (e) => console.log('L25-rej', e.message));
          setTimeout(() => {
            console.log('L26');
          }, 150);
        }
        if (n3 === 2) clearInterval(h2);
      }, 0, 'iv');
    }
  }
});
setTimeout((a0, a1) => {
  console.log('L1', a0, a1);
  setTimeout(() => {
    console.log('L2');
    process.nextTick(() => {
      console.log('L3');
    });
  }, 150);
  setTimeout((a0) => {
    console.log('L4', a0);
    tp.setImmediate(3).then((v) => {
      console.log('L5', v);
      queueMicrotask(() => {
        console.log('L6');
      });
    });
    tp.setImmediate(1).then((v) => {
      console.log('L7', v);
      setTimeout(() => {
        console.log('L8');
      }, 200);
    });
  }, 50, 't');
  const c1 = setTimeout(() => console.log('L9-never'), 1);
  process.nextTick(() => clearTimeout(c1));
}, 100, 1, 2);
new Promise((res, rej) => {
  console.log('L10');
  setImmediate(() => res(13));
}).then((v) => {
  console.log('L11', v);
  new Promise((res, rej) => {
    console.log('L12');
    res(5);
  }).then((v) => {
    console.log('L13', v);
  }, (e) => console.log('L13-rej', e.message));
}, (e) => console.log('L11-rej', e.message));
new Promise((r) => r(5))
.then((v) => {
  console.log('L14', v);
  return;
})
.finally(() => {
  console.log('L15');
})
.catch((e) => console.log('L16', e.message));
process.nextTick((a0, a1) => {
  console.log('L17', a0, a1);
  setTimeout(() => {
    console.log('L18');
  }, 400);
}, 'x', 7);
