// ordergen seed 9
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
    (async () => {
      console.log('L25');
      console.log('L26', await 2);
      throw new Error('L25-throw');
    })().then((v) => console.log('L27', v));
  }
});
process.nextTick((a0, a1) => {
  console.log('L1', a0, a1);
  process.nextTick((a0) => {
    console.log('L2', a0);
    Promise.reject(new Error('L3'))
    .finally(() => {
      console.log('L4');
      throw new Error('L4-fin');
    })
    .then((v) => {
      console.log('L5', v);
      return 5;
    })
    .finally(() => {
      console.log('L6');
      throw new Error('L6-fin');
    });
    setTimeout(() => {
      console.log('L7');
    }, 200).unref();
  }, 'x');
}, 'x', 7);
queueMicrotask(() => {
  console.log('L8');
  Promise.resolve(34).then((v) => {
    console.log('L9', v);
  });
  Promise.reject(new Error('L10'))
  .catch((e) => {
    console.log('L11', e.message);
    return { then(r) { console.log('L11-then'); r('b'); } };
  })
  .finally(() => {
    console.log('L12');
  })
  .catch((e) => console.log('L13', e.message));
});
(async () => {
  console.log('L14');
  console.log('L15', await Promise.resolve(5));
  console.log('L16', await { then(r) { console.log('L16-then'); r(21); } });
  process.nextTick((a0, a1) => {
    console.log('L17', a0, a1);
  }, 'x', 7);
  queueMicrotask(() => {
    console.log('L18');
  });
  let c1;
  setImmediate(() => {
    console.log('L19');
    clearImmediate(c1);
  });
  c1 = setImmediate(() => console.log('L20-never'));
  console.log('L21', await new Promise((r) => setTimeout(r, 250, 'b')));
  return await Promise.resolve('a');
})().then((v) => console.log('L22', v));
setImmediate(() => {
  console.log('L23');
  clearTimeout(setTimeout(() => console.log('L24-never'), 1));
  clearTimeout(42);
});
