// ordergen seed 285
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
    });
    let c2;
    setTimeout(() => {
      console.log('L36');
      clearTimeout(c2);
    }, 50);
    c2 = setTimeout(() => console.log('L37-never'), 50);
  }
});
Promise.resolve(3).then((v) => {
  console.log('L1', v);
  new Promise((r) => r(3))
  .then((v) => {
    console.log('L2', v);
    return Promise.resolve(3);
  })
  .catch((e) => {
    console.log('L3', e.message);
    process.nextTick((a0, a1) => {
      console.log('L4', a0, a1);
    }, 'x', 7);
    process.nextTick((a0, a1) => {
      console.log('L5', a0, a1);
      setTimeout((a0, a1) => {
        console.log('L6', a0, a1);
      }, 200, 1, 2);
    }, 'x', 7);
    return Promise.resolve(3);
  })
  .then((v) => {
    console.log('L7', v);
    return Promise.resolve(3);
  })
  .catch((e) => {
    console.log('L8', e.message);
    return Promise.resolve(2);
  })
  .catch((e) => console.log('L9', e.message));
  process.nextTick((a0, a1) => {
    console.log('L10', a0, a1);
  }, 'x', 7);
});
process.nextTick(() => {
  console.log('L11');
});
setTimeout((a0, a1) => {
  console.log('L12', a0, a1);
  new Promise((res, rej) => {
    console.log('L13');
    res(1);
  }).then((v) => {
    console.log('L14', v);
  }, (e) => console.log('L14-rej', e.message));
  Promise.reject(new Error('L15'));
  setTimeout(() => {
    console.log('L16');
    Promise.resolve(1).then((v) => {
      console.log('L17', v);
      tp.setTimeout(150, 1).then((v) => {
        console.log('L18', v);
      });
    });
  }, 200);
}, 100, 1, 2).unref();
process.nextTick((a0) => {
  console.log('L19', a0);
  setTimeout(() => {
    console.log('L20');
    clearImmediate(setImmediate(() => console.log('L21-never')));
    clearImmediate(null);
    const p1 = Promise.reject(new Error('L22'));
    setTimeout(() => { console.log('L22-t'); p1.catch((e) => console.log('L22-late', e.message)); }, 100);
  }, 250);
  queueMicrotask(() => {
    console.log('L23');
  });
}, 'x');
tp.setImmediate('a').then((v) => {
  console.log('L24', v);
  new Promise((res, rej) => {
    console.log('L25');
    res({ then(r) { console.log('L25-then'); r('c'); } });
  }).then((v) => {
    console.log('L26', v);
    new Promise((res, rej) => {
      console.log('L27');
      res({ then(r) { console.log('L27-then'); r(13); } });
    }).then((v) => {
      console.log('L28', v);
      (async () => {
        console.log('L29');
        console.log('L30', await tp.setImmediate(3));
        try {
          await Promise.reject(new Error('L31'));
        } catch (e) {
          console.log('L31-caught', e.message);
        }
        throw new Error('L29-throw');
      })().then((v) => console.log('L32', v), (e) => console.log('L32-rej', e.message));
    }, (e) => console.log('L28-rej', e.message));
    Promise.resolve('a').then((v) => {
      console.log('L33', v);
    });
  }, (e) => console.log('L26-rej', e.message));
});
queueMicrotask(() => {
  console.log('L34');
});
