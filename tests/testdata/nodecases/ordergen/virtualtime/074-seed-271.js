// ordergen seed 271
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
      console.log('L63', a0, a1);
      process.nextTick((a0, a1) => {
        console.log('L64', a0, a1);
        process.nextTick((a0, a1) => {
          console.log('L65', a0, a1);
        }, 'x', 7);
      }, 'x', 7);
      process.nextTick(() => {
        console.log('L66');
      });
    }, 'x', 7);
  }
});
setTimeout((a0) => {
  console.log('L1', a0);
  setImmediate((a0) => {
    console.log('L2', a0);
    process.nextTick((a0, a1) => {
      console.log('L3', a0, a1);
    }, 'x', 7);
  }, 'i');
  setTimeout((a0) => {
    console.log('L4', a0);
    Promise.resolve(8).then((v) => {
      console.log('L5', v);
      queueMicrotask(() => {
        console.log('L6');
      });
    });
  }, 150, 't');
  process.nextTick((a0, a1) => {
    console.log('L7', a0, a1);
    queueMicrotask(() => {
      console.log('L8');
      Promise.resolve().then(() => { console.log('L9-then'); throw new Error('L9'); });
    });
    new Promise((res, rej) => {
      console.log('L10');
      res({ then(r) { console.log('L10-then'); r(3); } });
    }).then((v) => {
      console.log('L11', v);
      tp.setTimeout(200, 'a').then((v) => {
        console.log('L12', v);
      });
    }, (e) => console.log('L11-rej', e.message));
  }, 'x', 7);
}, 250, 't');
(async () => {
  console.log('L13');
  console.log('L14', await new Promise((r) => setTimeout(r, 100, 'c')));
  process.nextTick((a0, a1) => {
    console.log('L15', a0, a1);
    Promise.resolve({ then(r) { console.log('L16'); r(1); } })
    .finally(() => {
      console.log('L17');
      throw new Error('L17-fin');
    })
    .then((v) => {
      console.log('L18', v);
      return;
    })
    .catch((e) => console.log('L19', e.message));
    setTimeout((a0) => {
      console.log('L20', a0);
      throw new Error('L20-throw');
    }, 100, 't');
  }, 'x', 7);
  try {
    await Promise.reject(new Error('L21'));
  } catch (e) {
    console.log('L21-caught', e.message);
  }
  console.log('L22', await Promise.resolve(3));
  return 34;
})().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
setTimeout((a0) => {
  console.log('L24', a0);
  setTimeout((a0, a1) => {
    console.log('L25', a0, a1);
    Promise.reject(new Error('L26'))
    .then((v) => {
      console.log('L27', v);
      return { then(r) { console.log('L27-then'); r(13); } };
    })
    .catch((e) => {
      console.log('L28', e.message);
      return { then(r) { console.log('L28-then'); r(1); } };
    })
    .then((v) => {
      console.log('L29', v);
      throw new Error('L29-err');
    })
    .then((v) => {
      console.log('L30', v);
      return Promise.resolve(2);
    })
    .catch((e) => console.log('L31', e.message));
    setImmediate(() => {
      console.log('L32');
      tp.setTimeout(50, 3).then((v) => {
        console.log('L33', v);
      });
    });
  }, 1, 1, 2);
  setImmediate((a0, a1) => {
    console.log('L34', a0, a1);
  }, 'i', 9);
}, 300, 't').unref();
process.nextTick((a0, a1) => {
  console.log('L35', a0, a1);
  setTimeout((a0, a1) => {
    console.log('L36', a0, a1);
  }, 500, 1, 2);
}, 'x', 7);
process.nextTick((a0) => {
  console.log('L37', a0);
  let c1;
  setTimeout(() => {
    console.log('L38');
    clearTimeout(c1);
  }, 550);
  c1 = setTimeout(() => console.log('L39-never'), 550);
  setImmediate(() => {
    console.log('L40');
    setTimeout((a0, a1) => {
      console.log('L41', a0, a1);
    }, 150, 1, 2).unref();
    queueMicrotask(() => {
      console.log('L42');
      new Promise((res, rej) => {
        console.log('L43');
        process.nextTick(res, 3);
      }).then((v) => {
        console.log('L44', v);
      }, (e) => console.log('L44-rej', e.message));
    });
  });
  process.nextTick((a0) => {
    console.log('L45', a0);
  }, 'x');
}, 'x');
(async () => {
  console.log('L46');
  console.log('L47', await Promise.resolve(34));
  process.nextTick(() => {
    console.log('L48');
    process.nextTick((a0, a1) => {
      console.log('L49', a0, a1);
    }, 'x', 7);
  });
  process.nextTick(() => {
    console.log('L50');
  });
  return 1;
})().then((v) => console.log('L52', v), (e) => console.log('L52-rej', e.message));
queueMicrotask(() => {
  console.log('L53');
  (async () => {
    console.log('L54');
    console.log('L55', await 8);
    setImmediate((a0, a1) => {
      console.log('L56', a0, a1);
    }, 'i', 9);
    console.log('L58', await { then(r) { console.log('L58-then'); r(5); } });
    return await Promise.resolve(34);
  })().then((v) => console.log('L59', v), (e) => console.log('L59-rej', e.message));
  Promise.resolve({ then(r) { console.log('L60'); r('a'); } })
  .then((v) => {
    console.log('L61', v);
    throw new Error('L61-err');
  })
  .then((v) => {
    console.log('L62', v);
    return Promise.resolve(21);
  }, (e) => {
    console.log('L62-rej', e.message);
    return 8;
  });
});
