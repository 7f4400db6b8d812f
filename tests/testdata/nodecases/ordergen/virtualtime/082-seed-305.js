// ordergen seed 305
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0) => {
      console.log('L49', a0);
    }, 'x');
  }
});
setImmediate((a0, a1) => {
  console.log('L1', a0, a1);
  new Promise((res, rej) => {
    console.log('L2');
    process.nextTick(res, 13);
  }).then((v) => {
    console.log('L3', v);
    setImmediate((a0, a1) => {
      console.log('L4', a0, a1);
      setTimeout((a0) => {
        console.log('L5', a0);
      }, 150, 't');
    }, 'i', 9);
    Promise.resolve('a').then((v) => {
      console.log('L6', v);
      setTimeout(() => {
        console.log('L7');
      }, 300);
    });
  }, (e) => console.log('L3-rej', e.message));
  setImmediate((a0) => {
    console.log('L8', a0);
  }, 'i').unref();
  setTimeout((a0, a1) => {
    console.log('L9', a0, a1);
  }, 100, 1, 2);
}, 'i', 9);
new Promise((r) => r('c'))
.then((v) => {
  console.log('L10', v);
  throw new Error('L10-err');
})
.then((v) => {
  console.log('L11', v);
  tp.setTimeout(400, 13).then((v) => {
    console.log('L12', v);
  });
  queueMicrotask(() => {
    console.log('L13');
    process.nextTick((a0) => {
      console.log('L14', a0);
      throw new Error('L14-throw');
    }, 'x');
  });
  return 'a';
}, (e) => {
  console.log('L11-rej', e.message);
  return 3;
});
(async () => {
  console.log('L15');
  console.log('L16', await { then(r) { console.log('L16-then'); r(5); } });
  try {
    await Promise.reject(new Error('L17'));
  } catch (e) {
    console.log('L17-caught', e.message);
  }
  return await Promise.resolve(21);
})().then((v) => console.log('L18', v));
new Promise((res, rej) => {
  console.log('L19');
  process.nextTick(res, 13);
}).then((v) => {
  console.log('L20', v);
  (async () => {
    console.log('L21');
    console.log('L22', await Promise.resolve(34));
    try {
      await Promise.reject(new Error('L23'));
    } catch (e) {
      console.log('L23-caught', e.message);
    }
    return Promise.resolve(5);
  })().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
  Promise.resolve({ then(r) { console.log('L25'); r(21); } })
  .then((v) => {
    console.log('L26', v);
    queueMicrotask(() => {
      console.log('L27');
      setTimeout((a0) => {
        console.log('L28', a0);
      }, 350, 't');
      throw new Error('L27-throw');
    });
    let c1;
    setTimeout(() => {
      console.log('L29');
      clearTimeout(c1);
    }, 250);
    c1 = setTimeout(() => console.log('L30-never'), 250);
    return Promise.resolve(13);
  }, (e) => {
    console.log('L26-rej', e.message);
    return 13;
  })
  .then((v) => {
    console.log('L31', v);
    return Promise.resolve(13);
  })
  .catch((e) => console.log('L32', e.message));
  setTimeout((a0, a1) => {
    console.log('L33', a0, a1);
  }, 550, 1, 2);
}, (e) => console.log('L20-rej', e.message));
queueMicrotask(() => {
  console.log('L34');
  queueMicrotask(() => {
    console.log('L35');
    queueMicrotask(() => {
      console.log('L36');
    });
    Promise.resolve(3).then((v) => {
      console.log('L37', v);
      (async () => {
        console.log('L38');
        console.log('L39', await new Promise((r) => setTimeout(r, 200, 34)));
        return { then(r) { console.log('L38-ret'); r(21); } };
      })().then((v) => console.log('L40', v), (e) => console.log('L40-rej', e.message));
    });
  });
  new Promise((res, rej) => {
    console.log('L41');
    res(21);
  }).then((v) => {
    console.log('L42', v);
  }, (e) => console.log('L42-rej', e.message));
  Promise.resolve(21).then((v) => {
    console.log('L43', v);
    setTimeout((a0, a1) => {
      console.log('L44', a0, a1);
      queueMicrotask(() => {
        console.log('L45');
      });
    }, 500, 1, 2);
  });
});
process.nextTick(() => {
  console.log('L46');
  setImmediate((a0, a1) => {
    console.log('L47', a0, a1);
  }, 'i', 9);
  setImmediate((a0) => {
    console.log('L48', a0);
  }, 'i');
});
