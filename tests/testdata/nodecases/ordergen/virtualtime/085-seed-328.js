// ordergen seed 328
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout(() => {
      console.log('L37');
      Promise.resolve('c').then((v) => {
        console.log('L38', v);
        queueMicrotask(() => {
          console.log('L39');
        });
      });
    }, 50);
    process.nextTick((a0, a1) => {
      console.log('L40', a0, a1);
    }, 'x', 7);
  }
});
(async () => {
  console.log('L1');
  throw new Error('L1-throw');
})().then((v) => console.log('L4', v));
Promise.resolve('b').then((v) => {
  console.log('L5', v);
  (async () => {
    console.log('L6');
    console.log('L7', await 8);
    try {
      await Promise.reject(new Error('L8'));
    } catch (e) {
      console.log('L8-caught', e.message);
    }
    console.log('L9', await Promise.resolve(1));
    return await Promise.resolve(1);
  })().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
  queueMicrotask(() => {
    console.log('L11');
    clearTimeout(setTimeout(() => console.log('L12-never'), 50));
    clearTimeout(42);
  });
});
(async () => {
  console.log('L13');
  console.log('L14', await { then(r) { console.log('L14-then'); r(34); } });
  process.nextTick((a0) => {
    console.log('L15', a0);
    setTimeout((a0) => {
      console.log('L16', a0);
      process.nextTick(() => {
        console.log('L17');
      });
    }, 0, 't');
  }, 'x');
  tp.setTimeout(200, 1).then((v) => {
    console.log('L18', v);
    queueMicrotask(() => {
      console.log('L19');
      new Promise((res, rej) => {
        console.log('L20');
        res({ then(r) { console.log('L20-then'); r(1); } });
      }).then((v) => {
        console.log('L21', v);
      }, (e) => console.log('L21-rej', e.message));
    });
  });
  console.log('L22', await Promise.resolve('a'));
  console.log('L23', await { then(r) { console.log('L23-then'); r(3); } });
  return Promise.resolve('a');
})().then((v) => console.log('L24', v));
setTimeout(() => {
  console.log('L25');
  Promise.resolve(5)
  .then((v) => {
    console.log('L26', v);
    return;
  }, (e) => {
    console.log('L26-rej', e.message);
    return 'c';
  })
  .then((v) => {
    console.log('L27', v);
    Promise.resolve(34)
    .then((v) => {
      console.log('L28', v);
      return Promise.resolve(3);
    })
    .then((v) => {
      console.log('L29', v);
      return { then(r) { console.log('L29-then'); r('b'); } };
    })
    .catch((e) => {
      console.log('L30', e.message);
      return;
    })
    .catch((e) => console.log('L31', e.message));
    return;
  })
  .then((v) => {
    console.log('L32', v);
    return { then(r) { console.log('L32-then'); r(1); } };
  })
  .catch((e) => console.log('L33', e.message));
  setTimeout(() => {
    console.log('L34');
    tp.setTimeout(200, 1).then((v) => {
      console.log('L35', v);
    });
    tp.setImmediate('a').then((v) => {
      console.log('L36', v);
    });
  });
}, 300);
