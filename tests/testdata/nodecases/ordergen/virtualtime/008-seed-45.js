// ordergen seed 45
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
      console.log('L30');
      console.log('L31', await Promise.resolve(13));
      (async () => {
        console.log('L32');
        console.log('L33', await new Promise((r) => setTimeout(r, 0, 13)));
        console.log('L34', await new Promise((r) => setTimeout(r, 100, 'a')));
        console.log('L35', await { then(r) { console.log('L35-then'); r(3); } });
        return Promise.resolve(5);
      })().then((v) => console.log('L36', v), (e) => console.log('L36-rej', e.message));
      try {
        await Promise.reject(new Error('L37'));
      } catch (e) {
        console.log('L37-caught', e.message);
      }
      console.log('L38', await Promise.resolve('a'));
      throw new Error('L30-throw');
    })().then((v) => console.log('L39', v), (e) => console.log('L39-rej', e.message));
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r('c'); } });
  process.nextTick(() => {
    console.log('L3');
    new Promise((r) => r('a'))
    .then((v) => {
      console.log('L4', v);
      return;
    }, (e) => {
      console.log('L4-rej', e.message);
      return 2;
    })
    .then((v) => {
      console.log('L5', v);
      return;
    })
    .then((v) => {
      console.log('L6', v);
      throw new Error('L6-err');
    })
    .then((v) => {
      console.log('L7', v);
      throw new Error('L7-err');
    }, (e) => {
      console.log('L7-rej', e.message);
      return 34;
    })
    .catch((e) => console.log('L8', e.message));
  });
  console.log('L9', await 34);
  return Promise.resolve(1);
})().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
setTimeout((a0) => {
  console.log('L11', a0);
  setTimeout(() => {
    console.log('L12');
  }, 200).unref();
}, 200, 't');
process.nextTick(() => {
  console.log('L13');
  tp.setTimeout(150, 13).then((v) => {
    console.log('L14', v);
  });
  process.nextTick((a0) => {
    console.log('L15', a0);
    queueMicrotask(() => {
      console.log('L16');
      new Promise((res, rej) => {
        console.log('L17');
        rej(new Error('L17-rej'));
      }).then((v) => {
        console.log('L18', v);
      }, (e) => console.log('L18-rej', e.message));
    });
    tp.setTimeout(250, 2).then((v) => {
      console.log('L19', v);
    });
  }, 'x');
  (async () => {
    console.log('L20');
    console.log('L21', await { then(r) { console.log('L21-then'); r(5); } });
    queueMicrotask(() => {
      console.log('L22');
    });
    setTimeout(() => {
      console.log('L23');
    }, 350).unref();
    console.log('L24', await tp.setTimeout(450, 1));
    (async () => {
      console.log('L25');
      console.log('L26', await tp.setImmediate(8));
      return 5;
    })().then((v) => console.log('L27', v), (e) => console.log('L27-rej', e.message));
    Promise.resolve(1).then((v) => {
      console.log('L28', v);
    });
    throw new Error('L20-throw');
  })().then((v) => console.log('L29', v), (e) => console.log('L29-rej', e.message));
});
