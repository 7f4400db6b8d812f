// ordergen seed 197
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
      console.log('L60', a0, a1);
      Promise.reject(new Error('L61'))
      .catch((e) => {
        console.log('L62', e.message);
        return 'b';
      })
      .then((v) => {
        console.log('L63', v);
        return { then(r) { console.log('L63-then'); r('b'); } };
      }, (e) => {
        console.log('L63-rej', e.message);
        return 13;
      })
      .catch((e) => console.log('L64', e.message));
      (async () => {
        console.log('L65');
        return { then(r) { console.log('L65-ret'); r(13); } };
      })().then((v) => console.log('L67', v), (e) => console.log('L67-rej', e.message));
    }, 'x', 7);
    (async () => {
      console.log('L68');
      try {
        await Promise.reject(new Error('L69'));
      } catch (e) {
        console.log('L69-caught', e.message);
      }
      console.log('L70', await new Promise((r) => setTimeout(r, 0, 3)));
      console.log('L71', await tp.setImmediate(2));
      return { then(r) { console.log('L68-ret'); r(1); } };
    })().then((v) => console.log('L72', v));
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await 8);
  console.log('L3', await tp.setImmediate(8));
  return { then(r) { console.log('L1-ret'); r(21); } };
})().then((v) => console.log('L4', v), (e) => console.log('L4-rej', e.message));
process.nextTick((a0) => {
  console.log('L5', a0);
  Promise.resolve('c').then((v) => {
    console.log('L6', v);
    {
      let n2 = 0;
      const h1 = setInterval((x) => {
        n2++;
        console.log('L7', n2, x);
        if (n2 === 1) {
          process.nextTick(() => {
            console.log('L8');
          });
        }
        if (n2 === 4) clearInterval(h1);
      }, 100, 'iv');
    }
    queueMicrotask(() => {
      console.log('L9');
      queueMicrotask(() => {
        console.log('L10');
      });
    });
  });
  (async () => { console.log('L11-body'); throw new Error('L11'); })();
}, 'x');
process.nextTick((a0, a1) => {
  console.log('L12', a0, a1);
  tp.setTimeout(350, 2).then((v) => {
    console.log('L13', v);
    queueMicrotask(() => {
      console.log('L14');
    });
  });
  setTimeout((a0) => {
    console.log('L15', a0);
    queueMicrotask(() => {
      console.log('L16');
      process.nextTick(() => {
        console.log('L17');
      });
    });
  }, 150, 't');
  process.nextTick((a0, a1) => {
    console.log('L18', a0, a1);
    clearImmediate(setImmediate(() => console.log('L19-never')));
    clearImmediate(undefined);
    setImmediate((a0) => {
      console.log('L20', a0);
    }, 'i');
  }, 'x', 7);
}, 'x', 7);
queueMicrotask(() => {
  console.log('L21');
  queueMicrotask(() => {
    console.log('L22');
  });
  Promise.resolve(3).then((v) => {
    console.log('L23', v);
    (async () => {
      console.log('L24');
      console.log('L25', await new Promise((r) => setTimeout(r, 500, 'b')));
      return await Promise.resolve(13);
    })().then((v) => console.log('L26', v), (e) => console.log('L26-rej', e.message));
    new Promise((res, rej) => {
      console.log('L27');
      setTimeout(res, 450, 1);
    }).then((v) => {
      console.log('L28', v);
      setTimeout((a0) => {
        console.log('L29', a0);
      }, 100, 't').unref();
    }, (e) => console.log('L28-rej', e.message));
  });
  setTimeout((a0) => {
    console.log('L30', a0);
  }, 250, 't');
});
process.nextTick((a0, a1) => {
  console.log('L31', a0, a1);
  new Promise((res, rej) => {
    console.log('L32');
    process.nextTick(res, 21);
  }).then((v) => {
    console.log('L33', v);
  }, (e) => console.log('L33-rej', e.message));
  process.nextTick((a0, a1) => {
    console.log('L34', a0, a1);
    setImmediate((a0, a1) => {
      console.log('L35', a0, a1);
    }, 'i', 9);
    setImmediate((a0, a1) => {
      console.log('L36', a0, a1);
    }, 'i', 9);
  }, 'x', 7);
}, 'x', 7);
(async () => {
  console.log('L37');
  console.log('L38', await 21);
  queueMicrotask(() => {
    console.log('L39');
    tp.setImmediate(8).then((v) => {
      console.log('L40', v);
    });
    process.nextTick((a0, a1) => {
      console.log('L41', a0, a1);
      setImmediate((a0, a1) => {
        console.log('L42', a0, a1);
      }, 'i', 9);
    }, 'x', 7);
  });
  setImmediate((a0) => {
    console.log('L43', a0);
    (async () => {
      console.log('L44');
      console.log('L45', await tp.setImmediate('b'));
      console.log('L46', await Promise.resolve(2));
      return await Promise.resolve('a');
    })().then((v) => console.log('L48', v));
    setImmediate((a0) => {
      console.log('L49', a0);
      queueMicrotask(() => {
        console.log('L50');
      });
    }, 'i');
  }, 'i');
  process.nextTick((a0) => {
    console.log('L51', a0);
    setImmediate((a0) => {
      console.log('L52', a0);
      Promise.resolve({ then(r) { console.log('L53'); r(34); } })
      .catch((e) => {
        console.log('L54', e.message);
        throw new Error('L54-err');
      })
      .then((v) => {
        console.log('L55', v);
        return;
      })
      .then((v) => {
        console.log('L56', v);
        return { then(r) { console.log('L56-then'); r(21); } };
      });
    }, 'i');
  }, 'x');
  return { then(r) { console.log('L37-ret'); r(3); } };
})().then((v) => console.log('L58', v), (e) => console.log('L58-rej', e.message));
const c3 = setTimeout(() => console.log('L59-never'), 1);
process.nextTick(() => clearTimeout(c3));
