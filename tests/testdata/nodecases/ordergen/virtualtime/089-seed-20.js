// ordergen seed 20
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
      console.log('L28');
      (async () => {
        console.log('L29');
        try {
          await Promise.reject(new Error('L30'));
        } catch (e) {
          console.log('L30-caught', e.message);
        }
        try {
          await Promise.reject(new Error('L32'));
        } catch (e) {
          console.log('L32-caught', e.message);
        }
        process.nextTick(() => {
          console.log('L33');
        });
        return Promise.resolve(34);
      })().then((v) => console.log('L34', v), (e) => console.log('L34-rej', e.message));
    });
    process.nextTick(() => {
      console.log('L35');
      queueMicrotask(() => {
        console.log('L36');
        throw new Error('L36-throw');
      });
    });
  }
});
new Promise((res, rej) => {
  console.log('L1');
  rej(new Error('L1-rej'));
}).then((v) => {
  console.log('L2', v);
}, (e) => console.log('L2-rej', e.message));
const p1 = Promise.reject(new Error('L3'));
setTimeout(() => { console.log('L3-t'); p1.catch((e) => console.log('L3-late', e.message)); }, 1);
process.nextTick((a0, a1) => {
  console.log('L4', a0, a1);
}, 'x', 7);
new Promise((res, rej) => {
  console.log('L5');
  res({ then(r) { console.log('L5-then'); r(1); } });
}).then((v) => {
  console.log('L6', v);
}, (e) => console.log('L6-rej', e.message));
(async () => {
  console.log('L7');
  console.log('L8', await tp.setTimeout(200, 5));
  Promise.resolve().then(() => { console.log('L9-then'); throw new Error('L9'); });
  console.log('L10', await tp.setTimeout(100, 'a'));
  console.log('L11', await tp.setImmediate(34));
  process.nextTick((a0) => {
    console.log('L12', a0);
    queueMicrotask(() => {
      console.log('L13');
      Promise.resolve(5).then((v) => {
        console.log('L14', v);
      });
    });
    queueMicrotask(() => {
      console.log('L15');
      process.nextTick((a0) => {
        console.log('L16', a0);
      }, 'x');
    });
  }, 'x');
  setTimeout(() => {
    console.log('L17');
  }, 200);
  process.nextTick(() => {
    console.log('L18');
    Promise.resolve(2).then((v) => {
      console.log('L19', v);
      new Promise((res, rej) => {
        console.log('L20');
        setTimeout(res, 250, 13);
      }).then((v) => {
        console.log('L21', v);
      }, (e) => console.log('L21-rej', e.message));
    });
    Promise.resolve({ then(r) { console.log('L22'); r(2); } })
    .then((v) => {
      console.log('L23', v);
      return Promise.resolve(8);
    })
    .then((v) => {
      console.log('L24', v);
      return Promise.resolve(5);
    })
    .then((v) => {
      console.log('L25', v);
      throw new Error('L25-err');
    })
    .then((v) => {
      console.log('L26', v);
      return { then(r) { console.log('L26-then'); r(3); } };
    }, (e) => {
      console.log('L26-rej', e.message);
      return 'a';
    });
  });
  return await Promise.resolve(1);
})().then((v) => console.log('L27', v), (e) => console.log('L27-rej', e.message));
