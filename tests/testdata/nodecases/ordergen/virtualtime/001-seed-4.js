// ordergen seed 4
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0, a1) => {
      console.log('L51', a0, a1);
    }, 'x', 7);
  }
});
const p1 = Promise.reject(new Error('L1'));
setTimeout(() => { console.log('L1-t'); p1.catch((e) => console.log('L1-late', e.message)); }, 1);
new Promise((r) => r('b'))
.then((v) => {
  console.log('L2', v);
  throw new Error('L2-err');
})
.catch((e) => {
  console.log('L3', e.message);
  return 5;
})
.catch((e) => console.log('L4', e.message));
queueMicrotask(() => {
  console.log('L5');
  setTimeout((a0, a1) => {
    console.log('L6', a0, a1);
    setTimeout((a0) => {
      console.log('L7', a0);
      Promise.reject(new Error('L8'))
      .finally(() => {
        console.log('L9');
        throw new Error('L9-fin');
      })
      .catch((e) => {
        console.log('L10', e.message);
        return { then(r) { console.log('L10-then'); r(3); } };
      })
      .catch((e) => console.log('L11', e.message));
    }, 50, 't');
  }, 150, 1, 2);
  queueMicrotask(() => {
    console.log('L12');
    (async () => {
      console.log('L13');
      console.log('L15', await new Promise((r) => setTimeout(r, 250, 13)));
      console.log('L16', await 2);
      return await Promise.resolve(3);
    })().then((v) => console.log('L17', v), (e) => console.log('L17-rej', e.message));
  });
  new Promise((r) => r(3))
  .finally(() => {
    console.log('L18');
  })
  .catch((e) => {
    console.log('L19', e.message);
    return Promise.resolve(2);
  });
});
tp.setTimeout(350, 'b').then((v) => {
  console.log('L20', v);
  (async () => {
    console.log('L21');
    console.log('L22', await tp.setTimeout(200, 'c'));
    console.log('L23', await tp.setImmediate(5));
    process.nextTick((a0) => {
      console.log('L24', a0);
      Promise.resolve(8)
      .then((v) => {
        console.log('L25', v);
        throw new Error('L25-err');
      }, (e) => {
        console.log('L25-rej', e.message);
        return 'a';
      })
      .then((v) => {
        console.log('L26', v);
        return 34;
      }, (e) => {
        console.log('L26-rej', e.message);
        return 'c';
      })
      .finally(() => {
        console.log('L27');
        throw new Error('L27-fin');
      })
      .then((v) => {
        console.log('L28', v);
        return { then(r) { console.log('L28-then'); r(34); } };
      }, (e) => {
        console.log('L28-rej', e.message);
        return 8;
      })
      .catch((e) => console.log('L29', e.message));
    }, 'x');
    return Promise.resolve(2);
  })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
  Promise.reject(new Error('L31'))
  .finally(() => {
    console.log('L32');
    return Promise.resolve(0);
  })
  .finally(() => {
    console.log('L33');
    throw new Error('L33-fin');
  })
  .catch((e) => {
    console.log('L34', e.message);
    return Promise.resolve(5);
  })
  .then((v) => {
    console.log('L35', v);
    return 8;
  })
  .catch((e) => console.log('L36', e.message));
  setTimeout((a0, a1) => {
    console.log('L37', a0, a1);
    Promise.resolve({ then(r) { console.log('L38'); r(5); } })
    .then((v) => {
      console.log('L39', v);
      return;
    })
    .then((v) => {
      console.log('L40', v);
      return { then(r) { console.log('L40-then'); r(3); } };
    })
    .then((v) => {
      console.log('L41', v);
      throw new Error('L41-err');
    })
    .finally(() => {
      console.log('L42');
      throw new Error('L42-fin');
    });
  }, 100, 1, 2);
});
setTimeout(() => {
  console.log('L43');
  queueMicrotask(() => {
    console.log('L44');
    setTimeout(() => {
      console.log('L45');
    }, 400).unref();
    setTimeout((a0) => {
      console.log('L46', a0);
      Promise.resolve(2).then((v) => {
        console.log('L47', v);
      });
    }, 0, 't');
  });
}, 100).unref();
let c2;
setTimeout(() => {
  console.log('L48');
  clearTimeout(c2);
}, 400);
c2 = setTimeout(() => console.log('L49-never'), 400);
Promise.resolve(21).then((v) => {
  console.log('L50', v);
});
