// ordergen seed 130
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
      console.log('L31', a0, a1);
      queueMicrotask(() => {
        console.log('L32');
      });
    }, 50, 1, 2).unref();
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r('c'); } });
  new Promise((res, rej) => {
    console.log('L3');
    process.nextTick(res, 'c');
  }).then((v) => {
    console.log('L4', v);
    tp.setTimeout(100, 5).then((v) => {
      console.log('L5', v);
    });
  }, (e) => console.log('L4-rej', e.message));
  new Promise((res, rej) => {
    console.log('L6');
    res('a');
  }).then((v) => {
    console.log('L7', v);
    setTimeout(() => {
      console.log('L8');
      clearTimeout(setTimeout(() => console.log('L9-never'), 1));
      clearTimeout(null);
    }, 150).unref();
  }, (e) => console.log('L7-rej', e.message));
  console.log('L10', await new Promise((r) => setTimeout(r, 350, 'c')));
  return 8;
})().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L12', a0, a1);
  Promise.resolve({ then(r) { console.log('L13'); r(2); } })
  .then((v) => {
    console.log('L14', v);
    return Promise.resolve(1);
  })
  .catch((e) => {
    console.log('L15', e.message);
    let c1;
    setImmediate(() => {
      console.log('L16');
      clearImmediate(c1);
    });
    c1 = setImmediate(() => console.log('L17-never'));
    return Promise.resolve(21);
  })
  .catch((e) => console.log('L18', e.message));
  Promise.resolve({ then(r) { console.log('L19'); r(1); } })
  .then((v) => {
    console.log('L20', v);
    return Promise.resolve(5);
  }, (e) => {
    console.log('L20-rej', e.message);
    return 3;
  })
  .then((v) => {
    console.log('L21', v);
    return;
  })
  .catch((e) => {
    console.log('L22', e.message);
    return;
  })
  .catch((e) => console.log('L23', e.message));
  setImmediate((a0, a1) => {
    console.log('L24', a0, a1);
    process.nextTick((a0, a1) => {
      console.log('L25', a0, a1);
    }, 'x', 7);
  }, 'i', 9);
}, 400, 1, 2);
const c2 = setTimeout(() => console.log('L26-never'), 1);
process.nextTick(() => clearTimeout(c2));
(async () => {
  console.log('L27');
  console.log('L28', await 13);
  return 1;
})().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
