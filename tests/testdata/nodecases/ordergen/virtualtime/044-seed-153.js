// ordergen seed 153
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('L1'))
.then((v) => {
  console.log('L2', v);
  return { then(r) { console.log('L2-then'); r(2); } };
}, (e) => {
  console.log('L2-rej', e.message);
  return 'c';
})
.then((v) => {
  console.log('L3', v);
  return 5;
})
.catch((e) => {
  console.log('L4', e.message);
  return;
})
.then((v) => {
  console.log('L5', v);
  return { then(r) { console.log('L5-then'); r(5); } };
}, (e) => {
  console.log('L5-rej', e.message);
  return 'a';
});
(async () => {
  console.log('L6');
  console.log('L7', await 13);
  console.log('L8', await Promise.resolve(5));
  setTimeout((a0, a1) => {
    console.log('L9', a0, a1);
    const c1 = setTimeout(() => console.log('L10-never'), 0);
    process.nextTick(() => clearTimeout(c1));
  }, 0, 1, 2);
  Promise.resolve(13).then((v) => {
    console.log('L11', v);
  });
  process.nextTick(() => {
    console.log('L12');
    new Promise((res, rej) => {
      console.log('L13');
      res({ then(r) { console.log('L13-then'); r(13); } });
    }).then((v) => {
      console.log('L14', v);
      new Promise((res, rej) => {
        console.log('L15');
        res(5);
      }).then((v) => {
        console.log('L16', v);
      }, (e) => console.log('L16-rej', e.message));
    }, (e) => console.log('L14-rej', e.message));
    throw new Error('L12-throw');
  });
  try {
    await Promise.reject(new Error('L17'));
  } catch (e) {
    console.log('L17-caught', e.message);
  }
  Promise.resolve(34).then((v) => {
    console.log('L18', v);
  });
  throw new Error('L6-throw');
})().then((v) => console.log('L19', v));
new Promise((r) => r(2))
.catch((e) => {
  console.log('L20', e.message);
  return { then(r) { console.log('L20-then'); r('c'); } };
})
.catch((e) => {
  console.log('L21', e.message);
  return { then(r) { console.log('L21-then'); r(2); } };
})
.catch((e) => {
  console.log('L22', e.message);
  return Promise.resolve(21);
})
.then((v) => {
  console.log('L23', v);
  queueMicrotask(() => {
    console.log('L24');
    tp.setTimeout(100, 2).then((v) => {
      console.log('L25', v);
    });
  });
  (async () => {
    console.log('L26');
    throw new Error('L26-throw');
  })().then((v) => console.log('L28', v));
  new Promise((res, rej) => {
    console.log('L29');
    rej(new Error('L29-rej'));
  }).then((v) => {
    console.log('L30', v);
  }, (e) => console.log('L30-rej', e.message));
  return;
}, (e) => {
  console.log('L23-rej', e.message);
  return 2;
})
.catch((e) => console.log('L31', e.message));
setTimeout((a0, a1) => {
  console.log('L32', a0, a1);
  setImmediate((a0, a1) => {
    console.log('L33', a0, a1);
  }, 'i', 9);
  tp.setImmediate(34).then((v) => {
    console.log('L34', v);
    setTimeout((a0, a1) => {
      console.log('L35', a0, a1);
      throw new Error('L35-throw');
    }, 50, 1, 2);
    const c2 = setTimeout(() => console.log('L36-never'), 0);
    process.nextTick(() => clearTimeout(c2));
  });
}, 250, 1, 2);
queueMicrotask(() => {
  console.log('L37');
  tp.setTimeout(350, 5).then((v) => {
    console.log('L38', v);
    setImmediate((a0, a1) => {
      console.log('L39', a0, a1);
    }, 'i', 9);
    setTimeout(() => {
      console.log('L40');
      process.nextTick((a0, a1) => {
        console.log('L41', a0, a1);
      }, 'x', 7);
    }, 0);
  });
  queueMicrotask(() => {
    console.log('L42');
    setTimeout((a0, a1) => {
      console.log('L43', a0, a1);
      process.nextTick(() => {
        console.log('L44');
      });
    }, 150, 1, 2).unref();
    queueMicrotask(() => {
      console.log('L45');
      setTimeout(() => {
        console.log('L46');
      }, 500);
    });
  });
  queueMicrotask(() => {
    console.log('L47');
    Promise.resolve(2).then((v) => {
      console.log('L48', v);
    });
    const p3 = Promise.reject(new Error('L49'));
    setTimeout(() => { console.log('L49-t'); p3.catch((e) => console.log('L49-late', e.message)); }, 200);
  });
});
setTimeout(() => {
  console.log('L50');
  process.nextTick((a0, a1) => {
    console.log('L51', a0, a1);
  }, 'x', 7);
  (async () => {
    console.log('L52');
    console.log('L53', await tp.setImmediate('c'));
    (async () => {
      console.log('L54');
      console.log('L55', await tp.setImmediate('a'));
      console.log('L56', await Promise.resolve(13));
      return { then(r) { console.log('L54-ret'); r('a'); } };
    })().then((v) => console.log('L57', v));
    new Promise((res, rej) => {
      console.log('L58');
      res({ then(r) { console.log('L58-then'); r(21); } });
    }).then((v) => {
      console.log('L59', v);
      queueMicrotask(() => {
        console.log('L60');
      });
    }, (e) => console.log('L59-rej', e.message));
    try {
      await Promise.reject(new Error('L61'));
    } catch (e) {
      console.log('L61-caught', e.message);
    }
    return { then(r) { console.log('L52-ret'); r('a'); } };
  })().then((v) => console.log('L62', v), (e) => console.log('L62-rej', e.message));
}, 400);
queueMicrotask(() => {
  console.log('L63');
});
