// ordergen seed 236
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
    process.nextTick(() => {
      console.log('L85');
      new Promise((res, rej) => {
        console.log('L86');
        queueMicrotask(() => rej(new Error('L86-rej')));
      }).then((v) => {
        console.log('L87', v);
        Promise.resolve({ then(r) { console.log('L88'); r('c'); } })
        .finally(() => {
          console.log('L89');
          throw new Error('L89-fin');
        })
        .catch((e) => {
          console.log('L90', e.message);
          return Promise.resolve(8);
        })
        .finally(() => {
          console.log('L91');
          throw new Error('L91-fin');
        })
        .finally(() => {
          console.log('L92');
          throw new Error('L92-fin');
        });
      }, (e) => console.log('L87-rej', e.message));
    });
    setImmediate(() => {
      console.log('L93');
      setImmediate((a0) => {
        console.log('L94', a0);
      }, 'i');
      process.exitCode = 3;
    }).unref();
  }
});
process.nextTick((a0) => {
  console.log('L1', a0);
  tp.setTimeout(0, 'a').then((v) => {
    console.log('L2', v);
    Promise.reject(new Error('L3'))
    .finally(() => {
      console.log('L4');
      return Promise.resolve(0);
    })
    .then((v) => {
      console.log('L5', v);
      return 34;
    });
    tp.setImmediate(5).then((v) => {
      console.log('L6', v);
    });
  });
}, 'x');
setTimeout(() => {
  console.log('L7');
  process.nextTick(() => {
    console.log('L8');
    process.nextTick(() => {
      console.log('L9');
      setTimeout((a0, a1) => {
        console.log('L10', a0, a1);
      }, 50, 1, 2);
    });
  });
  setImmediate(() => {
    console.log('L11');
    Promise.resolve(1).then((v) => {
      console.log('L12', v);
      (async () => {
        console.log('L13');
        console.log('L14', await Promise.resolve(34));
        console.log('L15', await { then(r) { console.log('L15-then'); r(13); } });
        console.log('L16', await tp.setTimeout(250, 34));
        return { then(r) { console.log('L13-ret'); r(34); } };
      })().then((v) => console.log('L17', v));
    });
    setImmediate((a0) => {
      console.log('L18', a0);
    }, 'i');
  });
  (async () => {
    console.log('L19');
    console.log('L20', await tp.setTimeout(200, 'b'));
    console.log('L21', await 34);
    console.log('L22', await { then(r) { console.log('L22-then'); r('a'); } });
    return await Promise.resolve(13);
  })().then((v) => console.log('L23', v));
}, 150);
(async () => {
  console.log('L24');
  console.log('L25', await new Promise((r) => setTimeout(r, 450, 8)));
  console.log('L26', await 2);
  console.log('L27', await new Promise((r) => setTimeout(r, 50, 2)));
  Promise.resolve(2).then((v) => {
    console.log('L28', v);
  });
  process.nextTick((a0) => {
    console.log('L29', a0);
    setTimeout((a0) => {
      console.log('L30', a0);
      (async () => {
        console.log('L31');
        try {
          await Promise.reject(new Error('L32'));
        } catch (e) {
          console.log('L32-caught', e.message);
        }
        console.log('L33', await 'c');
        console.log('L34', await { then(r) { console.log('L34-then'); r(3); } });
        throw new Error('L31-throw');
      })().then((v) => console.log('L35', v), (e) => console.log('L35-rej', e.message));
    }, 0, 't');
  }, 'x');
  return { then(r) { console.log('L24-ret'); r(1); } };
})().then((v) => console.log('L36', v));
process.nextTick(() => {
  console.log('L37');
});
(async () => {
  console.log('L38');
  console.log('L39', await new Promise((r) => setTimeout(r, 550, 8)));
  (async () => {
    console.log('L40');
    console.log('L41', await Promise.resolve('a'));
    queueMicrotask(() => {
      console.log('L42');
    });
    try {
      await Promise.reject(new Error('L44'));
    } catch (e) {
      console.log('L44-caught', e.message);
    }
    return { then(r) { console.log('L40-ret'); r('a'); } };
  })().then((v) => console.log('L45', v), (e) => console.log('L45-rej', e.message));
  Promise.reject(new Error('L46'))
  .catch((e) => {
    console.log('L47', e.message);
    return { then(r) { console.log('L47-then'); r(34); } };
  })
  .catch((e) => {
    console.log('L48', e.message);
    queueMicrotask(() => {
      console.log('L49');
    });
    Promise.resolve('b').then((v) => {
      console.log('L50', v);
      queueMicrotask(() => {
        console.log('L51');
      });
    });
    return Promise.resolve(1);
  })
  .then((v) => {
    console.log('L52', v);
    return;
  })
  .catch((e) => console.log('L53', e.message));
  queueMicrotask(() => {
    console.log('L54');
  });
  return await Promise.resolve('b');
})().then((v) => console.log('L55', v));
(async () => {
  console.log('L56');
  console.log('L57', await tp.setTimeout(100, 'a'));
  Promise.resolve(21)
  .catch((e) => {
    console.log('L58', e.message);
    setTimeout((a0) => {
      console.log('L59', a0);
    }, 1, 't');
    return 3;
  })
  .finally(() => {
    console.log('L60');
  });
  (async () => {
    console.log('L61');
    console.log('L62', await Promise.resolve(8));
    Promise.reject(new Error('L63'));
    const p1 = Promise.reject(new Error('L64'));
    queueMicrotask(() => p1.catch((e) => console.log('L64-late', e.message)));
    return 'a';
  })().then((v) => console.log('L65', v));
  console.log('L66', await 21);
  return 2;
})().then((v) => console.log('L67', v), (e) => console.log('L67-rej', e.message));
new Promise((r) => r(8))
.finally(() => {
  console.log('L68');
  queueMicrotask(() => {
    console.log('L69');
    const c2 = setTimeout(() => console.log('L70-never'), 1);
    process.nextTick(() => clearTimeout(c2));
    (async () => {
      console.log('L71');
      console.log('L73', await new Promise((r) => setTimeout(r, 300, 5)));
      return 3;
    })().then((v) => console.log('L75', v), (e) => console.log('L75-rej', e.message));
  });
  Promise.resolve(1).then((v) => {
    console.log('L76', v);
    (async () => {
      console.log('L77');
      console.log('L78', await tp.setTimeout(250, 3));
      console.log('L79', await 2);
      return { then(r) { console.log('L77-ret'); r(5); } };
    })().then((v) => console.log('L80', v), (e) => console.log('L80-rej', e.message));
  });
  queueMicrotask(() => {
    console.log('L81');
    queueMicrotask(() => {
      console.log('L82');
    });
  });
})
.then((v) => {
  console.log('L83', v);
  return Promise.resolve('c');
})
.catch((e) => console.log('L84', e.message));
