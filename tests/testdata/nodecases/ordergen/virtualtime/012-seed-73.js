// ordergen seed 73
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
    tp.setTimeout(1, 21).then((v) => {
      console.log('L66', v);
      tp.setTimeout(50, 5).then((v) => {
        console.log('L67', v);
      });
      queueMicrotask(() => {
        console.log('L68');
      });
    });
  }
});
queueMicrotask(() => {
  console.log('L1');
  setImmediate(() => {
    console.log('L2');
    new Promise((r) => r(8))
    .finally(() => {
      console.log('L3');
    })
    .then((v) => {
      console.log('L4', v);
      return;
    })
    .catch((e) => console.log('L5', e.message));
    setTimeout((a0) => {
      console.log('L6', a0);
    }, 150, 't');
  });
});
queueMicrotask(() => {
  console.log('L7');
  const p1 = Promise.reject(new Error('L8'));
  queueMicrotask(() => p1.catch((e) => console.log('L8-late', e.message)));
});
Promise.resolve({ then(r) { console.log('L9'); r(2); } })
.then((v) => {
  console.log('L10', v);
  process.nextTick(() => {
    console.log('L11');
    tp.setTimeout(200, 21).then((v) => {
      console.log('L12', v);
      queueMicrotask(() => {
        console.log('L13');
      });
    });
  });
  new Promise((res, rej) => {
    console.log('L14');
    res(8);
  }).then((v) => {
    console.log('L15', v);
    Promise.reject(new Error('L16'))
    .catch((e) => {
      console.log('L17', e.message);
      queueMicrotask(() => {
        console.log('L18');
      });
      return { then(r) { console.log('L17-then'); r(3); } };
    })
    .then((v) => {
      console.log('L19', v);
      return { then(r) { console.log('L19-then'); r('c'); } };
    })
    .then((v) => {
      console.log('L20', v);
      return;
    }, (e) => {
      console.log('L20-rej', e.message);
      return 2;
    })
    .then((v) => {
      console.log('L21', v);
      return 'b';
    });
    Promise.resolve(1)
    .catch((e) => {
      console.log('L22', e.message);
      Promise.reject(new Error('L23'))
      .finally(() => {
        console.log('L24');
      })
      .then((v) => {
        console.log('L25', v);
        return 'b';
      })
      .then((v) => {
        console.log('L26', v);
        return { then(r) { console.log('L26-then'); r(5); } };
      });
      return 8;
    })
    .finally(() => {
      console.log('L27');
      return Promise.resolve(0);
    })
    .then((v) => {
      console.log('L28', v);
      return;
    })
    .finally(() => {
      console.log('L29');
      throw new Error('L29-fin');
    });
  }, (e) => console.log('L15-rej', e.message));
  return { then(r) { console.log('L10-then'); r(2); } };
})
.catch((e) => {
  console.log('L30', e.message);
  return { then(r) { console.log('L30-then'); r('b'); } };
})
.catch((e) => {
  console.log('L31', e.message);
  throw new Error('L31-err');
})
.catch((e) => console.log('L32', e.message));
new Promise((r) => r(34))
.then((v) => {
  console.log('L33', v);
  Promise.resolve({ then(r) { console.log('L34'); r(5); } })
  .catch((e) => {
    console.log('L35', e.message);
    Promise.resolve(5).then((v) => {
      console.log('L36', v);
      queueMicrotask(() => {
        console.log('L37');
      });
    });
    process.nextTick(() => {
      console.log('L38');
    });
    throw new Error('L35-err');
  })
  .then((v) => {
    console.log('L39', v);
    throw new Error('L39-err');
  })
  .catch((e) => console.log('L40', e.message));
  return;
}, (e) => {
  console.log('L33-rej', e.message);
  return 3;
})
.then((v) => {
  console.log('L41', v);
  return;
});
Promise.resolve(21)
.finally(() => {
  console.log('L42');
})
.then((v) => {
  console.log('L43', v);
  (async () => {
    console.log('L44');
    console.log('L45', await tp.setImmediate(2));
    throw new Error('L44-throw');
  })().then((v) => console.log('L46', v));
  setTimeout((a0, a1) => {
    console.log('L47', a0, a1);
    throw new Error('L47-throw');
  }, 350, 1, 2);
  Promise.resolve(1)
  .catch((e) => {
    console.log('L48', e.message);
    process.nextTick(() => {
      console.log('L49');
    });
    return;
  })
  .finally(() => {
    console.log('L50');
  })
  .finally(() => {
    console.log('L51');
  })
  .then((v) => {
    console.log('L52', v);
    return Promise.resolve(34);
  })
  .catch((e) => console.log('L53', e.message));
  throw new Error('L43-err');
})
.then((v) => {
  console.log('L54', v);
  return { then(r) { console.log('L54-then'); r(21); } };
});
const p2 = Promise.reject(new Error('L55'));
queueMicrotask(() => p2.catch((e) => console.log('L55-late', e.message)));
setImmediate((a0) => {
  console.log('L56', a0);
  setTimeout((a0) => {
    console.log('L57', a0);
    process.nextTick(() => {
      console.log('L58');
      (async () => {
        console.log('L59');
        console.log('L60', await 8);
        console.log('L61', await Promise.resolve('c'));
        console.log('L62', await tp.setTimeout(350, 5));
        return { then(r) { console.log('L59-ret'); r(13); } };
      })().then((v) => console.log('L63', v), (e) => console.log('L63-rej', e.message));
    });
    setImmediate(() => {
      console.log('L64');
      process.nextTick(() => {
        console.log('L65');
      });
    });
  }, 100, 't');
}, 'i');
