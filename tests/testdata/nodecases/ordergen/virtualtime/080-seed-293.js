// ordergen seed 293
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    (async () => {
      console.log('L42');
      console.log('L43', await 2);
      Promise.reject(new Error('L44'))
      .then((v) => {
        console.log('L45', v);
        throw new Error('L45-err');
      })
      .then((v) => {
        console.log('L46', v);
        return { then(r) { console.log('L46-then'); r(3); } };
      }, (e) => {
        console.log('L46-rej', e.message);
        return 'c';
      })
      .catch((e) => console.log('L47', e.message));
      console.log('L49', await new Promise((r) => setTimeout(r, 1, 2)));
      process.exitCode = 3;
      return 3;
    })().then((v) => console.log('L50', v), (e) => console.log('L50-rej', e.message));
  }
});
queueMicrotask(() => {
  console.log('L1');
  setTimeout((a0, a1) => {
    console.log('L2', a0, a1);
    setTimeout(() => {
      console.log('L3');
    }, 0);
  }, 250, 1, 2);
  throw new Error('L1-throw');
});
process.nextTick(() => {
  console.log('L4');
  clearImmediate(setImmediate(() => console.log('L5-never')));
  clearImmediate(null);
});
new Promise((res, rej) => {
  console.log('L6');
  res(Promise.resolve('c'));
}).then((v) => {
  console.log('L7', v);
  new Promise((res, rej) => {
    console.log('L8');
    setTimeout(res, 100, 3);
  }).then((v) => {
    console.log('L9', v);
    const p1 = Promise.reject(new Error('L10'));
    queueMicrotask(() => p1.catch((e) => console.log('L10-late', e.message)));
  }, (e) => console.log('L9-rej', e.message));
}, (e) => console.log('L7-rej', e.message));
process.nextTick((a0, a1) => {
  console.log('L11', a0, a1);
  queueMicrotask(() => {
    console.log('L12');
    process.nextTick((a0) => {
      console.log('L13', a0);
      setImmediate((a0) => {
        console.log('L14', a0);
      }, 'i');
    }, 'x');
    queueMicrotask(() => {
      console.log('L15');
    });
  });
  throw new Error('L11-throw');
}, 'x', 7);
setTimeout((a0) => {
  console.log('L16', a0);
  setTimeout((a0, a1) => {
    console.log('L17', a0, a1);
  }, 0, 1, 2);
}, 350, 't');
setTimeout(() => {
  console.log('L18');
  (async () => {
    console.log('L19');
    console.log('L20', await Promise.resolve('c'));
    tp.setImmediate(21).then((v) => {
      console.log('L21', v);
      process.nextTick((a0) => {
        console.log('L22', a0);
      }, 'x');
    });
    console.log('L23', await tp.setTimeout(0, 'a'));
    setImmediate((a0) => {
      console.log('L24', a0);
      setTimeout((a0, a1) => {
        console.log('L25', a0, a1);
      }, 250, 1, 2);
    }, 'i');
    setTimeout(() => {
      console.log('L26');
      setImmediate((a0) => {
        console.log('L27', a0);
      }, 'i');
    }, 100);
    try {
      await Promise.reject(new Error('L28'));
    } catch (e) {
      console.log('L28-caught', e.message);
    }
    return 'b';
  })().then((v) => console.log('L29', v), (e) => console.log('L29-rej', e.message));
  setTimeout((a0) => {
    console.log('L30', a0);
    queueMicrotask(() => {
      console.log('L31');
    });
  }, 150, 't');
}, 300);
queueMicrotask(() => {
  console.log('L32');
  (async () => { console.log('L33-body'); throw new Error('L33'); })();
  process.nextTick((a0, a1) => {
    console.log('L34', a0, a1);
    process.nextTick(() => {
      console.log('L35');
      setTimeout((a0) => {
        console.log('L36', a0);
      }, 500, 't');
    });
    Promise.resolve(2).then((v) => {
      console.log('L37', v);
      (async () => {
        console.log('L38');
        console.log('L39', await tp.setImmediate(8));
        console.log('L40', await 'b');
        return Promise.resolve('a');
      })().then((v) => console.log('L41', v));
    });
  }, 'x', 7);
});
