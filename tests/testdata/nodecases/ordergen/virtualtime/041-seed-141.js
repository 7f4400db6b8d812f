// ordergen seed 141
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
    process.nextTick((a0, a1) => {
      console.log('L36', a0, a1);
    }, 'x', 7);
    process.nextTick(() => {
      console.log('L37');
      (async () => { console.log('L38-body'); throw new Error('L38'); })();
      setImmediate(() => {
        console.log('L39');
        queueMicrotask(() => {
          console.log('L40');
        });
      });
    });
  }
});
Promise.reject(new Error('L1'))
.then((v) => {
  console.log('L2', v);
  return Promise.resolve(8);
})
.then((v) => {
  console.log('L3', v);
  process.nextTick(() => {
    console.log('L4');
  });
  return { then(r) { console.log('L3-then'); r(13); } };
})
.finally(() => {
  console.log('L5');
  throw new Error('L5-fin');
})
.then((v) => {
  console.log('L6', v);
  return Promise.resolve(1);
}, (e) => {
  console.log('L6-rej', e.message);
  return 'c';
})
.catch((e) => console.log('L7', e.message));
setTimeout((a0, a1) => {
  console.log('L8', a0, a1);
  process.nextTick((a0) => {
    console.log('L9', a0);
    Promise.resolve(34)
    .finally(() => {
      console.log('L10');
    })
    .catch((e) => {
      console.log('L11', e.message);
      return 'b';
    })
    .then((v) => {
      console.log('L12', v);
      return 'b';
    });
    setTimeout((a0) => {
      console.log('L13', a0);
      process.nextTick(() => {
        console.log('L14');
      });
    }, 150, 't');
  }, 'x');
}, 200, 1, 2);
setTimeout(() => {
  console.log('L15');
  tp.setTimeout(250, 21).then((v) => {
    console.log('L16', v);
    process.nextTick((a0, a1) => {
      console.log('L17', a0, a1);
      Promise.resolve(2)
      .then((v) => {
        console.log('L18', v);
        return Promise.resolve(3);
      })
      .finally(() => {
        console.log('L19');
        return Promise.resolve(0);
      })
      .catch((e) => console.log('L20', e.message));
    }, 'x', 7);
    (async () => {
      console.log('L21');
      try {
        await Promise.reject(new Error('L22'));
      } catch (e) {
        console.log('L22-caught', e.message);
      }
      console.log('L23', await { then(r) { console.log('L23-then'); r(3); } });
      console.log('L24', await Promise.resolve('c'));
      return { then(r) { console.log('L21-ret'); r('a'); } };
    })().then((v) => console.log('L25', v), (e) => console.log('L25-rej', e.message));
  });
  setTimeout((a0, a1) => {
    console.log('L26', a0, a1);
    new Promise((res, rej) => {
      console.log('L27');
      setTimeout(res, 100, 'c');
    }).then((v) => {
      console.log('L28', v);
    }, (e) => console.log('L28-rej', e.message));
    process.nextTick(() => {
      console.log('L29');
    });
  }, 200, 1, 2).unref();
}, 250);
new Promise((res, rej) => {
  console.log('L30');
  queueMicrotask(() => rej(new Error('L30-rej')));
}).then((v) => {
  console.log('L31', v);
  setTimeout((a0) => {
    console.log('L32', a0);
    process.nextTick(() => {
      console.log('L33');
    });
  }, 150, 't');
}, (e) => console.log('L31-rej', e.message));
new Promise((res, rej) => {
  console.log('L34');
  res(Promise.resolve('c'));
}).then((v) => {
  console.log('L35', v);
}, (e) => console.log('L35-rej', e.message));
