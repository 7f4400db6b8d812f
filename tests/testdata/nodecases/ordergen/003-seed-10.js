// ordergen seed 10
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(3)
    .then((v) => {
      console.log('L32', v);
      return;
    })
    .then((v) => {
      console.log('L33', v);
      setTimeout((a0) => {
        console.log('L34', a0);
      }, 150, 't').unref();
      throw new Error('L33-err');
    })
    .catch((e) => console.log('L35', e.message));
    setTimeout(() => {
      console.log('L36');
      new Promise((res, rej) => {
        console.log('L37');
        process.nextTick(res, 21);
      }).then((v) => {
        console.log('L38', v);
        process.nextTick((a0) => {
          console.log('L39', a0);
        }, 'x');
      }, (e) => console.log('L38-rej', e.message));
      new Promise((res, rej) => {
        console.log('L40');
        process.nextTick(res, 'a');
      }).then((v) => {
        console.log('L41', v);
        Promise.resolve('a').then((v) => {
          console.log('L42', v);
        });
      }, (e) => console.log('L41-rej', e.message));
    }, 200);
  }
});
queueMicrotask(() => {
  console.log('L1');
  throw new Error('L1-throw');
});
new Promise((res, rej) => {
  console.log('L2');
  queueMicrotask(() => rej(new Error('L2-rej')));
}).then((v) => {
  console.log('L3', v);
  setTimeout((a0, a1) => {
    console.log('L4', a0, a1);
    setImmediate(() => {
      console.log('L5');
      Promise.resolve({ then(r) { console.log('L6'); r(21); } })
      .then((v) => {
        console.log('L7', v);
        return;
      })
      .catch((e) => {
        console.log('L8', e.message);
        return 2;
      })
      .finally(() => {
        console.log('L9');
      });
    });
    setImmediate(() => {
      console.log('L10');
      (async () => {
        console.log('L11');
        console.log('L12', await new Promise((r) => setTimeout(r, 100, 13)));
        return { then(r) { console.log('L11-ret'); r(1); } };
      })().then((v) => console.log('L13', v), (e) => console.log('L13-rej', e.message));
    });
    throw new Error('L4-throw');
  }, 150, 1, 2).unref();
  (async () => {
    console.log('L14');
    console.log('L15', await { then(r) { console.log('L15-then'); r(2); } });
    setTimeout((a0, a1) => {
      console.log('L16', a0, a1);
      process.nextTick(() => {
        console.log('L17');
      });
    }, 0, 1, 2);
    new Promise((res, rej) => {
      console.log('L18');
      res(Promise.resolve(2));
    }).then((v) => {
      console.log('L19', v);
      setTimeout((a0) => {
        console.log('L20', a0);
      }, 100, 't');
    }, (e) => console.log('L19-rej', e.message));
    console.log('L21', await { then(r) { console.log('L21-then'); r(5); } });
    return Promise.resolve(8);
  })().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
}, (e) => console.log('L3-rej', e.message));
const p1 = Promise.reject(new Error('L23'));
setTimeout(() => { console.log('L23-t'); p1.catch((e) => console.log('L23-late', e.message)); }, 200);
queueMicrotask(() => {
  console.log('L24');
  queueMicrotask(() => {
    console.log('L25');
    (async () => {
      console.log('L26');
      console.log('L28', await { then(r) { console.log('L28-then'); r(13); } });
      queueMicrotask(() => {
        console.log('L29');
      });
      return await Promise.resolve(2);
    })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
    queueMicrotask(() => {
      console.log('L31');
    });
  });
});
