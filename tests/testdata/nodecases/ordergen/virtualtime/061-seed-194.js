// ordergen seed 194
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    setTimeout((a0, a1) => {
      console.log('L41', a0, a1);
      new Promise((res, rej) => {
        console.log('L42');
        process.nextTick(res, 1);
      }).then((v) => {
        console.log('L43', v);
        process.nextTick((a0) => {
          console.log('L44', a0);
        }, 'x');
      }, (e) => console.log('L43-rej', e.message));
    }, 0, 1, 2);
  }
});
queueMicrotask(() => {
  console.log('L1');
});
new Promise((res, rej) => {
  console.log('L2');
  process.nextTick(res, 1);
}).then((v) => {
  console.log('L3', v);
  setTimeout((a0) => {
    console.log('L4', a0);
    tp.setImmediate(21).then((v) => {
      console.log('L5', v);
    });
    Promise.resolve(34)
    .then((v) => {
      console.log('L6', v);
      return;
    })
    .then((v) => {
      console.log('L7', v);
      clearTimeout(setTimeout(() => console.log('L8-never'), 50));
      clearTimeout(42);
      return Promise.resolve(13);
    }, (e) => {
      console.log('L7-rej', e.message);
      return 3;
    })
    .catch((e) => {
      console.log('L9', e.message);
      return Promise.resolve('c');
    })
    .catch((e) => {
      console.log('L10', e.message);
      return 1;
    })
    .catch((e) => console.log('L11', e.message));
  }, 150, 't');
  process.nextTick(() => {
    console.log('L12');
  });
  queueMicrotask(() => {
    console.log('L13');
    Promise.reject(new Error('L14'))
    .catch((e) => {
      console.log('L15', e.message);
      return Promise.resolve('b');
    })
    .then((v) => {
      console.log('L16', v);
      throw new Error('L16-err');
    })
    .then((v) => {
      console.log('L17', v);
      return { then(r) { console.log('L17-then'); r(13); } };
    })
    .catch((e) => {
      console.log('L18', e.message);
      return;
    })
    .catch((e) => console.log('L19', e.message));
  });
}, (e) => console.log('L3-rej', e.message));
queueMicrotask(() => {
  console.log('L20');
  (async () => {
    console.log('L21');
    console.log('L22', await tp.setImmediate(1));
    return { then(r) { console.log('L21-ret'); r(21); } };
  })().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
  setImmediate((a0) => {
    console.log('L24', a0);
  }, 'i');
  (async () => {
    console.log('L25');
    console.log('L26', await new Promise((r) => setTimeout(r, 250, 'a')));
    throw new Error('L25-throw');
  })().then((v) => console.log('L27', v), (e) => console.log('L27-rej', e.message));
});
const c1 = setTimeout(() => console.log('L28-never'), 1);
process.nextTick(() => clearTimeout(c1));
process.nextTick((a0, a1) => {
  console.log('L29', a0, a1);
  process.nextTick((a0) => {
    console.log('L30', a0);
    setTimeout(() => {
      console.log('L31');
    }, 350);
    queueMicrotask(() => {
      console.log('L32');
      setImmediate(() => {
        console.log('L33');
      }).unref();
    });
  }, 'x');
}, 'x', 7);
new Promise((res, rej) => {
  console.log('L34');
  setTimeout(res, 300, 'c');
}).then((v) => {
  console.log('L35', v);
  (async () => {
    console.log('L36');
    console.log('L37', await new Promise((r) => setTimeout(r, 0, 13)));
    console.log('L38', await Promise.resolve(13));
    console.log('L39', await { then(r) { console.log('L39-then'); r(2); } });
    return await Promise.resolve(13);
  })().then((v) => console.log('L40', v), (e) => console.log('L40-rej', e.message));
}, (e) => console.log('L35-rej', e.message));
