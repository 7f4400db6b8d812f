// ordergen seed 206
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
    queueMicrotask(() => {
      console.log('L54');
    });
  }
});
Promise.reject(new Error('L1'))
.catch((e) => {
  console.log('L2', e.message);
  return Promise.resolve('a');
})
.then((v) => {
  console.log('L3', v);
  throw new Error('L3-err');
})
.catch((e) => {
  console.log('L4', e.message);
  tp.setTimeout(200, 1).then((v) => {
    console.log('L5', v);
    setTimeout((a0) => {
      console.log('L6', a0);
    }, 50, 't');
    new Promise((res, rej) => {
      console.log('L7');
      res({ then(r) { console.log('L7-then'); r(1); } });
    }).then((v) => {
      console.log('L8', v);
    }, (e) => console.log('L8-rej', e.message));
  });
  Promise.resolve({ then(r) { console.log('L9'); r(13); } })
  .then((v) => {
    console.log('L10', v);
    return { then(r) { console.log('L10-then'); r(34); } };
  })
  .then((v) => {
    console.log('L11', v);
    return Promise.resolve(21);
  })
  .then((v) => {
    console.log('L12', v);
    queueMicrotask(() => {
      console.log('L13');
    });
    setTimeout((a0, a1) => {
      console.log('L14', a0, a1);
    }, 350, 1, 2);
    return;
  })
  .catch((e) => console.log('L15', e.message));
  new Promise((r) => r('c'))
  .then((v) => {
    console.log('L16', v);
    return Promise.resolve('c');
  })
  .then((v) => {
    console.log('L17', v);
    return;
  })
  .then((v) => {
    console.log('L18', v);
    queueMicrotask(() => {
      console.log('L19');
    });
    (async () => {
      console.log('L20');
      console.log('L21', await 'b');
      try {
        await Promise.reject(new Error('L22'));
      } catch (e) {
        console.log('L22-caught', e.message);
      }
      console.log('L23', await new Promise((r) => setTimeout(r, 0, 'a')));
      return { then(r) { console.log('L20-ret'); r('a'); } };
    })().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
    return { then(r) { console.log('L18-then'); r(34); } };
  }, (e) => {
    console.log('L18-rej', e.message);
    return 13;
  })
  .finally(() => {
    console.log('L25');
  });
  throw new Error('L4-err');
})
.finally(() => {
  console.log('L26');
})
.catch((e) => console.log('L27', e.message));
(async () => {
  console.log('L28');
  return { then(r) { console.log('L28-ret'); r(5); } };
})().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
setTimeout(() => {
  console.log('L31');
  setTimeout(() => {
    console.log('L32');
  }, 100);
  tp.setTimeout(250, 13).then((v) => {
    console.log('L33', v);
    Promise.resolve(3).then((v) => {
      console.log('L34', v);
    });
  });
  setTimeout(() => {
    console.log('L35');
  }, 200).unref();
}, 300);
setTimeout((a0) => {
  console.log('L36', a0);
  throw new Error('L36-throw');
}, 450, 't').unref();
setTimeout((a0) => {
  console.log('L37', a0);
  queueMicrotask(() => {
    console.log('L38');
    queueMicrotask(() => {
      console.log('L39');
      (async () => {
        console.log('L40');
        console.log('L41', await Promise.resolve(13));
        throw new Error('L40-throw');
      })().then((v) => console.log('L42', v), (e) => console.log('L42-rej', e.message));
    });
  });
  new Promise((res, rej) => {
    console.log('L43');
    res(3);
  }).then((v) => {
    console.log('L44', v);
    (async () => {
      console.log('L45');
      console.log('L46', await { then(r) { console.log('L46-then'); r(1); } });
      console.log('L47', await 'b');
      console.log('L48', await tp.setTimeout(1, 5));
      throw new Error('L45-throw');
    })().then((v) => console.log('L49', v));
    process.nextTick((a0, a1) => {
      console.log('L50', a0, a1);
    }, 'x', 7);
  }, (e) => console.log('L44-rej', e.message));
  new Promise((res, rej) => {
    console.log('L51');
    res(8);
  }).then((v) => {
    console.log('L52', v);
  }, (e) => console.log('L52-rej', e.message));
}, 100, 't');
setTimeout((a0, a1) => {
  console.log('L53', a0, a1);
}, 150, 1, 2);
