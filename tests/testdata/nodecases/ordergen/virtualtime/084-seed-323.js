// ordergen seed 323
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    (async () => {
      console.log('L53');
      console.log('L54', await tp.setTimeout(0, 2));
      Promise.resolve('c').then((v) => {
        console.log('L55', v);
      });
      new Promise((res, rej) => {
        console.log('L56');
        process.nextTick(res, 'b');
      }).then((v) => {
        console.log('L57', v);
        (async () => {
          console.log('L58');
          try {
            await Promise.reject(new Error('L59'));
          } catch (e) {
            console.log('L59-caught', e.message);
          }
          return { then(r) { console.log('L58-ret'); r('c'); } };
        })().then((v) => console.log('L60', v), (e) => console.log('L60-rej', e.message));
      }, (e) => console.log('L57-rej', e.message));
      return Promise.resolve(13);
    })().then((v) => console.log('L61', v), (e) => console.log('L61-rej', e.message));
    new Promise((r) => r(21))
    .then((v) => {
      console.log('L62', v);
      (async () => {
        console.log('L63');
        try {
          await Promise.reject(new Error('L64'));
        } catch (e) {
          console.log('L64-caught', e.message);
        }
        return await Promise.resolve('a');
      })().then((v) => console.log('L66', v), (e) => console.log('L66-rej', e.message));
      process.nextTick(() => {
        console.log('L67');
      });
      throw new Error('L62-err');
    })
    .then((v) => {
      console.log('L68', v);
      throw new Error('L68-err');
    })
    .catch((e) => {
      console.log('L69', e.message);
      return { then(r) { console.log('L69-then'); r('b'); } };
    })
    .catch((e) => console.log('L70', e.message));
  }
});
new Promise((r) => r(2))
.then((v) => {
  console.log('L1', v);
  new Promise((r) => r('b'))
  .finally(() => {
    console.log('L2');
  })
  .finally(() => {
    console.log('L3');
  })
  .catch((e) => console.log('L4', e.message));
  process.exitCode = 4;
  const p1 = Promise.reject(new Error('L5'));
  queueMicrotask(() => p1.catch((e) => console.log('L5-late', e.message)));
  return { then(r) { console.log('L1-then'); r('c'); } };
}, (e) => {
  console.log('L1-rej', e.message);
  return 8;
})
.then((v) => {
  console.log('L6', v);
  return 'b';
})
.then((v) => {
  console.log('L7', v);
  throw new Error('L7-err');
}, (e) => {
  console.log('L7-rej', e.message);
  return 'b';
})
.catch((e) => {
  console.log('L8', e.message);
  return;
})
.catch((e) => console.log('L9', e.message));
process.nextTick(() => {
  console.log('L10');
  setTimeout(() => {
    console.log('L11');
    let c2;
    setTimeout(() => {
      console.log('L12');
      clearTimeout(c2);
    }, 200);
    c2 = setTimeout(() => console.log('L13-never'), 200);
    tp.setImmediate(1).then((v) => {
      console.log('L14', v);
      setTimeout((a0, a1) => {
        console.log('L15', a0, a1);
      }, 50, 1, 2);
    });
    throw new Error('L11-throw');
  }, 200);
  setTimeout((a0, a1) => {
    console.log('L16', a0, a1);
  }, 350, 1, 2).unref();
  const c3 = setTimeout(() => console.log('L17-never'), 1);
  process.nextTick(() => clearTimeout(c3));
});
new Promise((res, rej) => {
  console.log('L18');
  res({ then(r) { console.log('L18-then'); r(34); } });
}).then((v) => {
  console.log('L19', v);
  Promise.reject(new Error('L20'))
  .catch((e) => {
    console.log('L21', e.message);
    return 2;
  })
  .then((v) => {
    console.log('L22', v);
    process.nextTick(() => {
      console.log('L23');
    });
    queueMicrotask(() => {
      console.log('L24');
    });
    return Promise.resolve(1);
  }, (e) => {
    console.log('L22-rej', e.message);
    return 5;
  })
  .then((v) => {
    console.log('L25', v);
    return Promise.resolve(13);
  })
  .catch((e) => console.log('L26', e.message));
}, (e) => console.log('L19-rej', e.message));
const p4 = Promise.reject(new Error('L27'));
queueMicrotask(() => p4.catch((e) => console.log('L27-late', e.message)));
setTimeout((a0, a1) => {
  console.log('L28', a0, a1);
  setTimeout((a0) => {
    console.log('L29', a0);
    tp.setTimeout(0, 'b').then((v) => {
      console.log('L30', v);
      queueMicrotask(() => {
        console.log('L31');
      });
    });
  }, 350, 't');
  process.nextTick((a0) => {
    console.log('L32', a0);
  }, 'x');
}, 100, 1, 2);
process.nextTick(() => {
  console.log('L33');
  setTimeout((a0) => {
    console.log('L34', a0);
    process.nextTick((a0) => {
      console.log('L35', a0);
    }, 'x');
  }, 550, 't');
  process.nextTick((a0) => {
    console.log('L36', a0);
    queueMicrotask(() => {
      console.log('L37');
    });
    (async () => {
      console.log('L38');
      console.log('L39', await tp.setTimeout(0, 3));
      process.nextTick((a0) => {
        console.log('L40', a0);
      }, 'x');
      console.log('L41', await Promise.resolve(2));
      console.log('L42', await 1);
      throw new Error('L38-throw');
    })().then((v) => console.log('L43', v), (e) => console.log('L43-rej', e.message));
  }, 'x');
  setTimeout((a0) => {
    console.log('L44', a0);
    process.nextTick((a0, a1) => {
      console.log('L45', a0, a1);
    }, 'x', 7);
    Promise.resolve({ then(r) { console.log('L46'); r(8); } })
    .then((v) => {
      console.log('L47', v);
      queueMicrotask(() => {
        console.log('L48');
      });
      throw new Error('L47-err');
    })
    .catch((e) => {
      console.log('L49', e.message);
      return 8;
    })
    .then((v) => {
      console.log('L50', v);
      return { then(r) { console.log('L50-then'); r('a'); } };
    })
    .catch((e) => {
      console.log('L51', e.message);
      return;
    })
    .catch((e) => console.log('L52', e.message));
  }, 300, 't');
});
