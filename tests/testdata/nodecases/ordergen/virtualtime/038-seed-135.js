// ordergen seed 135
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
    queueMicrotask(() => {
      console.log('L35');
      process.nextTick((a0) => {
        console.log('L36', a0);
        Promise.reject(new Error('L37'))
        .then((v) => {
          console.log('L38', v);
          throw new Error('L38-err');
        })
        .finally(() => {
          console.log('L39');
          return Promise.resolve(0);
        })
        .finally(() => {
          console.log('L40');
        })
        .catch((e) => console.log('L41', e.message));
      }, 'x');
    });
  }
});
tp.setTimeout(1, 34).then((v) => {
  console.log('L1', v);
  new Promise((res, rej) => {
    console.log('L2');
    queueMicrotask(() => rej(new Error('L2-rej')));
  }).then((v) => {
    console.log('L3', v);
    tp.setTimeout(100, 21).then((v) => {
      console.log('L4', v);
      tp.setTimeout(150, 5).then((v) => {
        console.log('L5', v);
      });
    });
  }, (e) => console.log('L3-rej', e.message));
  queueMicrotask(() => {
    console.log('L6');
    queueMicrotask(() => {
      console.log('L7');
    });
    (async () => {
      console.log('L8');
      try {
        await Promise.reject(new Error('L9'));
      } catch (e) {
        console.log('L9-caught', e.message);
      }
      queueMicrotask(() => {
        console.log('L10');
      });
      try {
        await Promise.reject(new Error('L11'));
      } catch (e) {
        console.log('L11-caught', e.message);
      }
      throw new Error('L8-throw');
    })().then((v) => console.log('L12', v));
  });
});
queueMicrotask(() => {
  console.log('L13');
  process.nextTick((a0) => {
    console.log('L14', a0);
    (async () => {
      console.log('L15');
      try {
        await Promise.reject(new Error('L16'));
      } catch (e) {
        console.log('L16-caught', e.message);
      }
      console.log('L17', await tp.setTimeout(300, 'a'));
      throw new Error('L15-throw');
    })().then((v) => console.log('L18', v), (e) => console.log('L18-rej', e.message));
  }, 'x');
  process.nextTick((a0) => {
    console.log('L19', a0);
    (async () => {
      console.log('L20');
      console.log('L21', await new Promise((r) => setTimeout(r, 150, 'b')));
      console.log('L22', await 'c');
      return await Promise.resolve(5);
    })().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
    queueMicrotask(() => {
      console.log('L24');
      queueMicrotask(() => {
        console.log('L25');
      });
    });
  }, 'x');
  (async () => {
    console.log('L26');
    console.log('L27', await 2);
    throw new Error('L26-throw');
  })().then((v) => console.log('L28', v));
});
const p1 = Promise.reject(new Error('L29'));
queueMicrotask(() => p1.catch((e) => console.log('L29-late', e.message)));
setTimeout((a0, a1) => {
  console.log('L30', a0, a1);
}, 400, 1, 2);
const c2 = setTimeout(() => console.log('L31-never'), 40);
process.nextTick(() => clearTimeout(c2));
(async () => {
  console.log('L32');
  console.log('L33', await Promise.resolve('c'));
  throw new Error('L32-throw');
})().then((v) => console.log('L34', v), (e) => console.log('L34-rej', e.message));
