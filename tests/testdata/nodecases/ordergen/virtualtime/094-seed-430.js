// ordergen seed 430
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('L1'))
.finally(() => {
  console.log('L2');
})
.then((v) => {
  console.log('L3', v);
  return Promise.resolve(5);
})
.catch((e) => {
  console.log('L4', e.message);
  return { then(r) { console.log('L4-then'); r(13); } };
})
.catch((e) => console.log('L5', e.message));
process.nextTick((a0) => {
  console.log('L6', a0);
  queueMicrotask(() => {
    console.log('L7');
    throw new Error('L7-throw');
  });
  (async () => {
    console.log('L8');
    console.log('L9', await { then(r) { console.log('L9-then'); r(34); } });
    console.log('L10', await { then(r) { console.log('L10-then'); r('b'); } });
    return { then(r) { console.log('L8-ret'); r(13); } };
  })().then((v) => console.log('L11', v));
  Promise.reject(new Error('L12'));
}, 'x');
new Promise((res, rej) => {
  console.log('L13');
  process.nextTick(res, 13);
}).then((v) => {
  console.log('L14', v);
  (async () => {
    console.log('L15');
    console.log('L16', await tp.setTimeout(100, 'c'));
    console.log('L17', await Promise.resolve(1));
    return Promise.resolve('c');
  })().then((v) => console.log('L18', v), (e) => console.log('L18-rej', e.message));
}, (e) => console.log('L14-rej', e.message));
queueMicrotask(() => {
  console.log('L19');
  process.nextTick(() => {
    console.log('L20');
    tp.setImmediate(1).then((v) => {
      console.log('L21', v);
      const c1 = setTimeout(() => console.log('L22-never'), 1);
      process.nextTick(() => clearTimeout(c1));
    });
    setTimeout(() => {
      console.log('L23');
      queueMicrotask(() => {
        console.log('L24');
      });
    }, 150);
    throw new Error('L20-throw');
  });
  Promise.resolve('b')
  .catch((e) => {
    console.log('L25', e.message);
    return;
  })
  .finally(() => {
    console.log('L26');
  });
  setTimeout((a0) => {
    console.log('L27', a0);
    Promise.resolve(2).then((v) => {
      console.log('L28', v);
      process.nextTick(() => {
        console.log('L29');
      });
    });
  }, 350, 't');
});
tp.setTimeout(300, 'a').then((v) => {
  console.log('L30', v);
  new Promise((res, rej) => {
    console.log('L31');
    setImmediate(() => res(2));
  }).then((v) => {
    console.log('L32', v);
  }, (e) => console.log('L32-rej', e.message));
  process.nextTick(() => {
    console.log('L33');
    let c2;
    setTimeout(() => {
      console.log('L34');
      clearTimeout(c2);
    }, 250);
    c2 = setTimeout(() => console.log('L35-never'), 250);
  });
  setImmediate((a0, a1) => {
    console.log('L36', a0, a1);
    queueMicrotask(() => {
      console.log('L37');
    });
  }, 'i', 9).unref();
});
setImmediate((a0, a1) => {
  console.log('L38', a0, a1);
  setImmediate(() => {
    console.log('L39');
  });
  process.nextTick(() => {
    console.log('L40');
    tp.setTimeout(250, 1).then((v) => {
      console.log('L41', v);
    });
    Promise.resolve(13)
    .then((v) => {
      console.log('L42', v);
      return;
    }, (e) => {
      console.log('L42-rej', e.message);
      return 5;
    })
    .finally(() => {
      console.log('L43');
      throw new Error('L43-fin');
    })
    .catch((e) => {
      console.log('L44', e.message);
      return { then(r) { console.log('L44-then'); r(21); } };
    });
  });
  new Promise((res, rej) => {
    console.log('L45');
    queueMicrotask(() => rej(new Error('L45-rej')));
  }).then((v) => {
    console.log('L46', v);
  }, (e) => console.log('L46-rej', e.message));
  throw new Error('L38-throw');
}, 'i', 9).unref();
