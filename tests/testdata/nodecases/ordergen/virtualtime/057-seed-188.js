// ordergen seed 188
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout((a0) => {
      console.log('L31', a0);
    }, 100, 't');
  }
});
(async () => {
  console.log('L1');
  console.log('L3', await new Promise((r) => setTimeout(r, 100, 'a')));
  process.exitCode = 4;
  return { then(r) { console.log('L1-ret'); r(5); } };
})().then((v) => console.log('L4', v), (e) => console.log('L4-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L5', a0, a1);
  process.nextTick((a0, a1) => {
    console.log('L6', a0, a1);
    new Promise((res, rej) => {
      console.log('L7');
      res(Promise.resolve(1));
    }).then((v) => {
      console.log('L8', v);
    }, (e) => console.log('L8-rej', e.message));
    Promise.resolve({ then(r) { console.log('L9'); r(13); } })
    .finally(() => {
      console.log('L10');
      return Promise.resolve(0);
    })
    .then((v) => {
      console.log('L11', v);
      return 3;
    })
    .then((v) => {
      console.log('L12', v);
      return Promise.resolve(1);
    }, (e) => {
      console.log('L12-rej', e.message);
      return 8;
    })
    .catch((e) => console.log('L13', e.message));
  }, 'x', 7);
  setTimeout((a0, a1) => {
    console.log('L14', a0, a1);
    process.nextTick((a0) => {
      console.log('L15', a0);
      new Promise((r) => r(8))
      .then((v) => {
        console.log('L16', v);
        return 34;
      }, (e) => {
        console.log('L16-rej', e.message);
        return 34;
      })
      .then((v) => {
        console.log('L17', v);
        return 13;
      })
      .then((v) => {
        console.log('L18', v);
        throw new Error('L18-err');
      })
      .catch((e) => console.log('L19', e.message));
    }, 'x');
  }, 200, 1, 2);
}, 0, 1, 2);
(async () => {
  console.log('L20');
  console.log('L21', await 13);
  return Promise.resolve('a');
})().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
queueMicrotask(() => {
  console.log('L23');
  setTimeout((a0) => {
    console.log('L24', a0);
    const p1 = Promise.reject(new Error('L25'));
    queueMicrotask(() => p1.catch((e) => console.log('L25-late', e.message)));
    Promise.resolve({ then(r) { console.log('L26'); r('a'); } })
    .finally(() => {
      console.log('L27');
      queueMicrotask(() => {
        console.log('L28');
      });
      return Promise.resolve(0);
    })
    .then((v) => {
      console.log('L29', v);
      return Promise.resolve(3);
    })
    .catch((e) => console.log('L30', e.message));
  }, 150, 't').unref();
});
