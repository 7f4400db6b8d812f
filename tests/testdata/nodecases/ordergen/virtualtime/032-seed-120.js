// ordergen seed 120
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
      console.log('L56', a0, a1);
      new Promise((res, rej) => {
        console.log('L57');
        queueMicrotask(() => rej(new Error('L57-rej')));
      }).then((v) => {
        console.log('L58', v);
        queueMicrotask(() => {
          console.log('L59');
        });
      }, (e) => console.log('L58-rej', e.message));
    }, 'x', 7);
    clearTimeout(setTimeout(() => console.log('L60-never'), 50));
    clearTimeout(undefined);
  }
});
queueMicrotask(() => {
  console.log('L1');
  new Promise((r) => r('a'))
  .catch((e) => {
    console.log('L2', e.message);
    {
      let n2 = 0;
      const h1 = setInterval((x) => {
        n2++;
        console.log('L3', n2, x);
        if (n2 === 1) {
          setTimeout(() => {
            console.log('L4');
          }, 0);
        }
        if (n2 === 4) clearInterval(h1);
      }, 100, 'iv');
    }
    setTimeout((a0, a1) => {
      console.log('L5', a0, a1);
      setImmediate((a0) => {
        console.log('L6', a0);
      }, 'i');
    }, 350, 1, 2).unref();
    return 1;
  })
  .catch((e) => {
    console.log('L7', e.message);
    return;
  })
  .catch((e) => {
    console.log('L8', e.message);
    return Promise.resolve(3);
  })
  .catch((e) => console.log('L9', e.message));
});
process.nextTick((a0, a1) => {
  console.log('L10', a0, a1);
  throw new Error('L10-throw');
}, 'x', 7);
(async () => {
  console.log('L11');
  console.log('L12', await { then(r) { console.log('L12-then'); r('a'); } });
  tp.setTimeout(150, 5).then((v) => {
    console.log('L13', v);
    process.nextTick(() => {
      console.log('L14');
      queueMicrotask(() => {
        console.log('L15');
      });
    });
    setTimeout((a0) => {
      console.log('L16', a0);
    }, 350, 't');
  });
  setTimeout((a0, a1) => {
    console.log('L17', a0, a1);
  }, 250, 1, 2);
  Promise.resolve(3).then((v) => {
    console.log('L18', v);
    (async () => {
      console.log('L19');
      console.log('L20', await { then(r) { console.log('L20-then'); r(8); } });
      (async () => {
        console.log('L21');
        console.log('L22', await new Promise((r) => setTimeout(r, 550, 1)));
        try {
          await Promise.reject(new Error('L23'));
        } catch (e) {
          console.log('L23-caught', e.message);
        }
        return await Promise.resolve(13);
      })().then((v) => console.log('L25', v));
      console.log('L26', await 'c');
      Promise.reject(new Error('L27'))
      .then((v) => {
        console.log('L28', v);
        return Promise.resolve(13);
      })
      .then((v) => {
        console.log('L29', v);
        return Promise.resolve(8);
      });
      return await Promise.resolve('c');
    })().then((v) => console.log('L30', v));
  });
  return { then(r) { console.log('L11-ret'); r('b'); } };
})().then((v) => console.log('L31', v), (e) => console.log('L31-rej', e.message));
let c3;
setImmediate(() => {
  console.log('L32');
  clearImmediate(c3);
});
c3 = setImmediate(() => console.log('L33-never'));
(async () => {
  console.log('L34');
  console.log('L35', await 13);
  return 'b';
})().then((v) => console.log('L36', v), (e) => console.log('L36-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L37', a0, a1);
  new Promise((res, rej) => {
    console.log('L38');
    res(Promise.resolve('c'));
  }).then((v) => {
    console.log('L39', v);
    new Promise((res, rej) => {
      console.log('L40');
      res(13);
    }).then((v) => {
      console.log('L41', v);
    }, (e) => console.log('L41-rej', e.message));
    process.nextTick((a0, a1) => {
      console.log('L42', a0, a1);
      setImmediate((a0) => {
        console.log('L43', a0);
        throw new Error('L43-throw');
      }, 'i');
    }, 'x', 7);
  }, (e) => console.log('L39-rej', e.message));
}, 450, 1, 2);
queueMicrotask(() => {
  console.log('L44');
  setImmediate((a0) => {
    console.log('L45', a0);
    process.exitCode = 2;
  }, 'i');
  queueMicrotask(() => {
    console.log('L46');
  });
  (async () => {
    console.log('L47');
    try {
      await Promise.reject(new Error('L49'));
    } catch (e) {
      console.log('L49-caught', e.message);
    }
    process.nextTick((a0) => {
      console.log('L50', a0);
      setImmediate((a0) => {
        console.log('L51', a0);
      }, 'i');
    }, 'x');
    queueMicrotask(() => {
      console.log('L52');
      process.nextTick(() => {
        console.log('L53');
      });
      throw new Error('L52-throw');
    });
    return Promise.resolve(13);
  })().then((v) => console.log('L55', v), (e) => console.log('L55-rej', e.message));
});
