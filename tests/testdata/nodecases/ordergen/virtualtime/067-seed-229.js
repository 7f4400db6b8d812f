// ordergen seed 229
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    (async () => {
      console.log('L52');
      console.log('L53', await { then(r) { console.log('L53-then'); r(21); } });
      queueMicrotask(() => {
        console.log('L54');
        {
          let n3 = 0;
          const h2 = setInterval((x) => {
            n3++;
            console.log('L55', n3, x);
            if (n3 === 1) {
            }
            if (n3 === 2) clearInterval(h2);
          }, 50, 'iv');
        }
      });
      try {
        await Promise.reject(new Error('L56'));
      } catch (e) {
        console.log('L56-caught', e.message);
      }
      console.log('L57', await new Promise((r) => setTimeout(r, 0, 5)));
      Promise.resolve(13)
      .then((v) => {
        console.log('L58', v);
        setTimeout((a0) => {
          console.log('L59', a0);
        }, 150, 't');
        return Promise.resolve(2);
      })
      .then((v) => {
        console.log('L60', v);
        return;
      })
      .then((v) => {
        console.log('L61', v);
        return 2;
      })
      .finally(() => {
        console.log('L62');
        return Promise.resolve(0);
      })
      .catch((e) => console.log('L63', e.message));
      throw new Error('L52-throw');
    })().then((v) => console.log('L64', v), (e) => console.log('L64-rej', e.message));
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await 8);
  new Promise((res, rej) => {
    console.log('L3');
    process.nextTick(res, 3);
  }).then((v) => {
    console.log('L4', v);
    let c1;
    setImmediate(() => {
      console.log('L5');
      clearImmediate(c1);
    });
    c1 = setImmediate(() => console.log('L6-never'));
    (async () => { console.log('L7-body'); throw new Error('L7'); })();
  }, (e) => console.log('L4-rej', e.message));
  Promise.reject(new Error('L8'))
  .then((v) => {
    console.log('L9', v);
    throw new Error('L9-err');
  })
  .then((v) => {
    console.log('L10', v);
    return Promise.resolve('a');
  }, (e) => {
    console.log('L10-rej', e.message);
    return 8;
  })
  .finally(() => {
    console.log('L11');
    return Promise.resolve(0);
  })
  .catch((e) => {
    console.log('L12', e.message);
    return Promise.resolve(8);
  })
  .catch((e) => console.log('L13', e.message));
  console.log('L14', await 21);
  Promise.resolve(21).then((v) => {
    console.log('L15', v);
  });
  tp.setImmediate(21).then((v) => {
    console.log('L16', v);
  });
  return 2;
})().then((v) => console.log('L17', v));
new Promise((r) => r(21))
.then((v) => {
  console.log('L18', v);
  process.nextTick((a0, a1) => {
    console.log('L19', a0, a1);
  }, 'x', 7);
  setTimeout((a0) => {
    console.log('L20', a0);
    Promise.reject(new Error('L21'))
    .then((v) => {
      console.log('L22', v);
      (async () => {
        console.log('L23');
        console.log('L24', await 'b');
        console.log('L25', await tp.setTimeout(100, 34));
        try {
          await Promise.reject(new Error('L26'));
        } catch (e) {
          console.log('L26-caught', e.message);
        }
        throw new Error('L23-throw');
      })().then((v) => console.log('L27', v), (e) => console.log('L27-rej', e.message));
      return;
    })
    .then((v) => {
      console.log('L28', v);
      return 1;
    })
    .catch((e) => console.log('L29', e.message));
    process.nextTick((a0) => {
      console.log('L30', a0);
      queueMicrotask(() => {
        console.log('L31');
      });
    }, 'x');
  }, 250, 't');
  Promise.resolve(1)
  .catch((e) => {
    console.log('L32', e.message);
    (async () => {
      console.log('L33');
      console.log('L34', await tp.setTimeout(150, 'c'));
      console.log('L35', await tp.setTimeout(250, 3));
      process.nextTick(() => {
        console.log('L36');
      });
      return Promise.resolve(8);
    })().then((v) => console.log('L37', v), (e) => console.log('L37-rej', e.message));
    queueMicrotask(() => {
      console.log('L38');
      queueMicrotask(() => {
        console.log('L39');
      });
    });
    return { then(r) { console.log('L32-then'); r(21); } };
  })
  .then((v) => {
    console.log('L40', v);
    return 'b';
  })
  .then((v) => {
    console.log('L41', v);
    return { then(r) { console.log('L41-then'); r(13); } };
  });
  return;
})
.then((v) => {
  console.log('L42', v);
  return Promise.resolve(21);
}, (e) => {
  console.log('L42-rej', e.message);
  return 5;
})
.catch((e) => console.log('L43', e.message));
process.nextTick(() => {
  console.log('L44');
  process.nextTick(() => {
    console.log('L45');
    Promise.resolve('c').then((v) => {
      console.log('L46', v);
    });
  });
  setImmediate((a0) => {
    console.log('L47', a0);
    queueMicrotask(() => {
      console.log('L48');
    });
  }, 'i');
  process.nextTick((a0, a1) => {
    console.log('L49', a0, a1);
    Promise.resolve('c').then((v) => {
      console.log('L50', v);
      process.nextTick((a0) => {
        console.log('L51', a0);
      }, 'x');
    });
  }, 'x', 7);
});
