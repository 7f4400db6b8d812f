// ordergen seed 99
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(34).then((v) => {
      console.log('L50', v);
    });
    process.nextTick(() => {
      console.log('L51');
    });
  }
});
process.nextTick(() => {
  console.log('L1');
  new Promise((r) => r(1))
  .then((v) => {
    console.log('L2', v);
    return 'c';
  })
  .then((v) => {
    console.log('L3', v);
    return;
  })
  .catch((e) => console.log('L4', e.message));
  Promise.resolve('a')
  .then((v) => {
    console.log('L5', v);
    return Promise.resolve('c');
  }, (e) => {
    console.log('L5-rej', e.message);
    return 8;
  })
  .then((v) => {
    console.log('L6', v);
    throw new Error('L6-err');
  })
  .then((v) => {
    console.log('L7', v);
    return { then(r) { console.log('L7-then'); r(21); } };
  }, (e) => {
    console.log('L7-rej', e.message);
    return 2;
  })
  .finally(() => {
    console.log('L8');
  })
  .catch((e) => console.log('L9', e.message));
  new Promise((res, rej) => {
    console.log('L10');
    rej(new Error('L10-rej'));
  }).then((v) => {
    console.log('L11', v);
  }, (e) => console.log('L11-rej', e.message));
});
new Promise((r) => r(8))
.then((v) => {
  console.log('L12', v);
  return { then(r) { console.log('L12-then'); r(2); } };
}, (e) => {
  console.log('L12-rej', e.message);
  return 13;
})
.then((v) => {
  console.log('L13', v);
  return;
})
.catch((e) => console.log('L14', e.message));
(async () => {
  console.log('L15');
  console.log('L16', await { then(r) { console.log('L16-then'); r('b'); } });
  const p1 = Promise.reject(new Error('L17'));
  queueMicrotask(() => p1.catch((e) => console.log('L17-late', e.message)));
  queueMicrotask(() => {
    console.log('L18');
    Promise.resolve().then(() => { console.log('L19-then'); throw new Error('L19'); });
  });
  setTimeout(() => {
    console.log('L20');
  }, 100);
  console.log('L21', await new Promise((r) => setTimeout(r, 250, 2)));
  try {
    await Promise.reject(new Error('L22'));
  } catch (e) {
    console.log('L22-caught', e.message);
  }
  new Promise((res, rej) => {
    console.log('L23');
    process.nextTick(res, 5);
  }).then((v) => {
    console.log('L24', v);
  }, (e) => console.log('L24-rej', e.message));
  return 3;
})().then((v) => console.log('L25', v), (e) => console.log('L25-rej', e.message));
new Promise((res, rej) => {
  console.log('L26');
  res(5);
}).then((v) => {
  console.log('L27', v);
  (async () => { console.log('L28-body'); throw new Error('L28'); })();
  queueMicrotask(() => {
    console.log('L29');
    setTimeout((a0) => {
      console.log('L30', a0);
      new Promise((res, rej) => {
        console.log('L31');
        res(Promise.resolve(8));
      }).then((v) => {
        console.log('L32', v);
      }, (e) => console.log('L32-rej', e.message));
    }, 300, 't');
    new Promise((res, rej) => {
      console.log('L33');
      queueMicrotask(() => rej(new Error('L33-rej')));
    }).then((v) => {
      console.log('L34', v);
      setTimeout((a0) => {
        console.log('L35', a0);
      }, 1, 't');
    }, (e) => console.log('L34-rej', e.message));
  });
  (async () => {
    console.log('L36');
    console.log('L37', await { then(r) { console.log('L37-then'); r('a'); } });
    console.log('L38', await tp.setTimeout(400, 5));
    console.log('L39', await tp.setTimeout(50, 13));
    return 8;
  })().then((v) => console.log('L40', v));
}, (e) => console.log('L27-rej', e.message));
const p2 = Promise.reject(new Error('L41'));
setTimeout(() => { console.log('L41-t'); p2.catch((e) => console.log('L41-late', e.message)); }, 350);
setTimeout((a0, a1) => {
  console.log('L42', a0, a1);
  process.nextTick(() => {
    console.log('L43');
  });
  Promise.resolve(1).then((v) => {
    console.log('L44', v);
    queueMicrotask(() => {
      console.log('L45');
      tp.setImmediate(13).then((v) => {
        console.log('L46', v);
      });
    });
  });
  new Promise((res, rej) => {
    console.log('L47');
    process.nextTick(res, 13);
  }).then((v) => {
    console.log('L48', v);
  }, (e) => console.log('L48-rej', e.message));
}, 550, 1, 2).unref();
const c3 = setTimeout(() => console.log('L49-never'), 0);
process.nextTick(() => clearTimeout(c3));
