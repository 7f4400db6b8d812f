// ordergen seed 226
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0, a1) => {
      console.log('L55', a0, a1);
      process.nextTick((a0) => {
        console.log('L56', a0);
        throw new Error('L56-throw');
      }, 'x');
      (async () => {
        console.log('L57');
        console.log('L59', await { then(r) { console.log('L59-then'); r(8); } });
        Promise.reject(new Error('L60'))
        .then((v) => {
          console.log('L61', v);
          return 34;
        })
        .finally(() => {
          console.log('L62');
        })
        .then((v) => {
          console.log('L63', v);
          throw new Error('L63-err');
        })
        .then((v) => {
          console.log('L64', v);
          return 21;
        });
        return await Promise.resolve(5);
      })().then((v) => console.log('L65', v));
    }, 'x', 7);
  }
});
process.nextTick((a0) => {
  console.log('L1', a0);
  setTimeout((a0) => {
    console.log('L2', a0);
    process.nextTick((a0, a1) => {
      console.log('L3', a0, a1);
    }, 'x', 7);
  }, 250, 't');
}, 'x');
setImmediate((a0, a1) => {
  console.log('L4', a0, a1);
  (async () => {
    console.log('L5');
    console.log('L6', await { then(r) { console.log('L6-then'); r(8); } });
    console.log('L7', await 2);
    throw new Error('L5-throw');
  })().then((v) => console.log('L8', v), (e) => console.log('L8-rej', e.message));
  Promise.resolve({ then(r) { console.log('L9'); r(34); } })
  .catch((e) => {
    console.log('L10', e.message);
    return Promise.resolve(8);
  })
  .catch((e) => {
    console.log('L11', e.message);
    return Promise.resolve(3);
  })
  .then((v) => {
    console.log('L12', v);
    return { then(r) { console.log('L12-then'); r('c'); } };
  })
  .finally(() => {
    console.log('L13');
  })
  .catch((e) => console.log('L14', e.message));
}, 'i', 9).unref();
new Promise((res, rej) => {
  console.log('L15');
  res(Promise.resolve('a'));
}).then((v) => {
  console.log('L16', v);
}, (e) => console.log('L16-rej', e.message));
process.nextTick((a0) => {
  console.log('L17', a0);
}, 'x');
setImmediate((a0) => {
  console.log('L18', a0);
  queueMicrotask(() => {
    console.log('L19');
    setTimeout((a0) => {
      console.log('L20', a0);
    }, 100, 't');
    (async () => {
      console.log('L21');
      console.log('L22', await tp.setImmediate(1));
      setTimeout((a0, a1) => {
        console.log('L23', a0, a1);
      }, 200, 1, 2);
      return 34;
    })().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
  });
  setTimeout(() => {
    console.log('L25');
    queueMicrotask(() => {
      console.log('L26');
    });
  }, 150);
}, 'i');
queueMicrotask(() => {
  console.log('L27');
  Promise.resolve({ then(r) { console.log('L28'); r(21); } })
  .finally(() => {
    console.log('L29');
    return Promise.resolve(0);
  })
  .then((v) => {
    console.log('L30', v);
    process.nextTick((a0, a1) => {
      console.log('L31', a0, a1);
    }, 'x', 7);
    throw new Error('L30-err');
  }, (e) => {
    console.log('L30-rej', e.message);
    return 'b';
  })
  .then((v) => {
    console.log('L32', v);
    throw new Error('L32-err');
  }, (e) => {
    console.log('L32-rej', e.message);
    return 13;
  })
  .catch((e) => console.log('L33', e.message));
  setTimeout(() => {
    console.log('L34');
    setTimeout(() => {
      console.log('L35');
    }, 200);
    setImmediate((a0) => {
      console.log('L36', a0);
      Promise.resolve(34).then((v) => {
        console.log('L37', v);
      });
    }, 'i');
  }, 300);
  queueMicrotask(() => {
    console.log('L38');
    tp.setTimeout(550, 21).then((v) => {
      console.log('L39', v);
      (async () => {
        console.log('L40');
        try {
          await Promise.reject(new Error('L41'));
        } catch (e) {
          console.log('L41-caught', e.message);
        }
        try {
          await Promise.reject(new Error('L42'));
        } catch (e) {
          console.log('L42-caught', e.message);
        }
        return Promise.resolve(5);
      })().then((v) => console.log('L43', v), (e) => console.log('L43-rej', e.message));
    });
  });
});
setImmediate((a0, a1) => {
  console.log('L44', a0, a1);
  tp.setTimeout(350, 'b').then((v) => {
    console.log('L45', v);
    new Promise((res, rej) => {
      console.log('L46');
      setImmediate(() => res('a'));
    }).then((v) => {
      console.log('L47', v);
    }, (e) => console.log('L47-rej', e.message));
    process.nextTick((a0) => {
      console.log('L48', a0);
      clearImmediate(setImmediate(() => console.log('L49-never')));
      clearImmediate(undefined);
    }, 'x');
  });
  queueMicrotask(() => {
    console.log('L50');
    tp.setImmediate(5).then((v) => {
      console.log('L51', v);
    });
    setImmediate((a0, a1) => {
      console.log('L52', a0, a1);
      Promise.resolve().then(() => { console.log('L53-then'); throw new Error('L53'); });
    }, 'i', 9);
  });
  queueMicrotask(() => {
    console.log('L54');
  });
}, 'i', 9);
