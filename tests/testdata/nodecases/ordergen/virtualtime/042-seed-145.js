// ordergen seed 145
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
    setTimeout(() => {
      console.log('L21');
      setTimeout((a0) => {
        console.log('L22', a0);
        Promise.resolve('a').then((v) => {
          console.log('L23', v);
        });
      }, 100, 't');
    }, 1);
    setTimeout((a0) => {
      console.log('L24', a0);
    }, 150, 't').unref();
  }
});
tp.setTimeout(250, 5).then((v) => {
  console.log('L1', v);
});
process.nextTick((a0, a1) => {
  console.log('L2', a0, a1);
  setTimeout((a0, a1) => {
    console.log('L3', a0, a1);
    new Promise((r) => r('b'))
    .then((v) => {
      console.log('L4', v);
      return { then(r) { console.log('L4-then'); r('c'); } };
    })
    .then((v) => {
      console.log('L5', v);
      return;
    }, (e) => {
      console.log('L5-rej', e.message);
      return 8;
    })
    .then((v) => {
      console.log('L6', v);
      throw new Error('L6-err');
    })
    .then((v) => {
      console.log('L7', v);
      return Promise.resolve(13);
    })
    .catch((e) => console.log('L8', e.message));
    new Promise((res, rej) => {
      console.log('L9');
      res(34);
    }).then((v) => {
      console.log('L10', v);
    }, (e) => console.log('L10-rej', e.message));
  }, 0, 1, 2);
}, 'x', 7);
new Promise((res, rej) => {
  console.log('L11');
  res(Promise.resolve('c'));
}).then((v) => {
  console.log('L12', v);
  let c1;
  setTimeout(() => {
    console.log('L13');
    clearTimeout(c1);
  }, 100);
  c1 = setTimeout(() => console.log('L14-never'), 100);
  new Promise((res, rej) => {
    console.log('L15');
    res(1);
  }).then((v) => {
    console.log('L16', v);
    queueMicrotask(() => {
      console.log('L17');
      setTimeout((a0, a1) => {
        console.log('L18', a0, a1);
      }, 150, 1, 2);
    });
    setTimeout((a0) => {
      console.log('L19', a0);
      queueMicrotask(() => {
        console.log('L20');
      });
    }, 350, 't');
  }, (e) => console.log('L16-rej', e.message));
}, (e) => console.log('L12-rej', e.message));
