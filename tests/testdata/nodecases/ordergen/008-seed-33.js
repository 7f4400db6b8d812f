// ordergen seed 33
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    (async () => {
      console.log('L45');
      console.log('L46', await Promise.resolve('a'));
      Promise.reject(new Error('L47'))
      .finally(() => {
        console.log('L48');
        queueMicrotask(() => {
          console.log('L49');
        });
        throw new Error('L48-fin');
      })
      .then((v) => {
        console.log('L50', v);
        return Promise.resolve('c');
      })
      .catch((e) => {
        console.log('L51', e.message);
        throw new Error('L51-err');
      })
      .catch((e) => console.log('L52', e.message));
      console.log('L53', await tp.setTimeout(0, 8));
      (async () => {
        console.log('L54');
        console.log('L55', await tp.setImmediate(34));
        return 3;
      })().then((v) => console.log('L56', v), (e) => console.log('L56-rej', e.message));
      process.nextTick(() => {
        console.log('L57');
      });
      return 'c';
    })().then((v) => console.log('L58', v), (e) => console.log('L58-rej', e.message));
    process.nextTick(() => {
      console.log('L59');
    });
  }
});
Promise.resolve(3)
.then((v) => {
  console.log('L1', v);
  return 2;
})
.then((v) => {
  console.log('L2', v);
  Promise.resolve(2).then((v) => {
    console.log('L3', v);
    new Promise((res, rej) => {
      console.log('L4');
      queueMicrotask(() => rej(new Error('L4-rej')));
    }).then((v) => {
      console.log('L5', v);
      (async () => {
        console.log('L6');
        console.log('L7', await Promise.resolve(8));
        console.log('L8', await tp.setTimeout(0, 2));
        try {
          await Promise.reject(new Error('L9'));
        } catch (e) {
          console.log('L9-caught', e.message);
        }
        return 5;
      })().then((v) => console.log('L10', v));
    }, (e) => console.log('L5-rej', e.message));
    (async () => {
      console.log('L11');
      try {
        await Promise.reject(new Error('L13'));
      } catch (e) {
        console.log('L13-caught', e.message);
      }
      console.log('L14', await Promise.resolve(2));
      return Promise.resolve(3);
    })().then((v) => console.log('L15', v), (e) => console.log('L15-rej', e.message));
  });
  return;
})
.then((v) => {
  console.log('L16', v);
  return 13;
});
(async () => {
  console.log('L17');
  console.log('L18', await { then(r) { console.log('L18-then'); r(5); } });
  setTimeout(() => {
    console.log('L19');
  }, 150);
  return Promise.resolve('b');
})().then((v) => console.log('L20', v));
tp.setTimeout(200, 21).then((v) => {
  console.log('L21', v);
  queueMicrotask(() => {
    console.log('L22');
  });
});
queueMicrotask(() => {
  console.log('L23');
  clearTimeout(setTimeout(() => console.log('L24-never'), 1));
  clearTimeout(undefined);
  queueMicrotask(() => {
    console.log('L25');
  });
  process.nextTick((a0, a1) => {
    console.log('L26', a0, a1);
    process.nextTick((a0, a1) => {
      console.log('L27', a0, a1);
    }, 'x', 7);
    process.nextTick((a0) => {
      console.log('L28', a0);
      throw new Error('L28-throw');
    }, 'x');
  }, 'x', 7);
  throw new Error('L23-throw');
});
setTimeout(() => {
  console.log('L29');
  queueMicrotask(() => {
    console.log('L30');
    queueMicrotask(() => {
      console.log('L31');
    });
  });
  setTimeout(() => {
    console.log('L32');
    new Promise((res, rej) => {
      console.log('L33');
      res({ then(r) { console.log('L33-then'); r(3); } });
    }).then((v) => {
      console.log('L34', v);
      queueMicrotask(() => {
        console.log('L35');
      });
    }, (e) => console.log('L34-rej', e.message));
  }, 200);
  new Promise((res, rej) => {
    console.log('L36');
    process.nextTick(res, 8);
  }).then((v) => {
    console.log('L37', v);
    Promise.resolve(2).then((v) => {
      console.log('L38', v);
    });
  }, (e) => console.log('L37-rej', e.message));
  throw new Error('L29-throw');
}, 350);
new Promise((res, rej) => {
  console.log('L39');
  res({ then(r) { console.log('L39-then'); r('a'); } });
}).then((v) => {
  console.log('L40', v);
  queueMicrotask(() => {
    console.log('L41');
    new Promise((res, rej) => {
      console.log('L42');
      setTimeout(res, 400, 3);
    }).then((v) => {
      console.log('L43', v);
      queueMicrotask(() => {
        console.log('L44');
        throw new Error('L44-throw');
      });
    }, (e) => console.log('L43-rej', e.message));
  });
}, (e) => console.log('L40-rej', e.message));
