// ordergen seed 83
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    tp.setTimeout(0, 'c').then((v) => {
      console.log('L45', v);
    });
    process.nextTick((a0) => {
      console.log('L46', a0);
      (async () => {
        console.log('L47');
        return 3;
      })().then((v) => console.log('L49', v), (e) => console.log('L49-rej', e.message));
      Promise.resolve(5).then((v) => {
        console.log('L50', v);
      });
    }, 'x');
  }
});
const p1 = Promise.reject(new Error('L1'));
queueMicrotask(() => p1.catch((e) => console.log('L1-late', e.message)));
new Promise((res, rej) => {
  console.log('L2');
  queueMicrotask(() => rej(new Error('L2-rej')));
}).then((v) => {
  console.log('L3', v);
  setTimeout((a0, a1) => {
    console.log('L4', a0, a1);
    setTimeout((a0) => {
      console.log('L5', a0);
      queueMicrotask(() => {
        console.log('L6');
      });
    }, 150, 't');
    new Promise((res, rej) => {
      console.log('L7');
      setTimeout(res, 250, 5);
    }).then((v) => {
      console.log('L8', v);
    }, (e) => console.log('L8-rej', e.message));
  }, 250, 1, 2);
}, (e) => console.log('L3-rej', e.message));
new Promise((res, rej) => {
  console.log('L9');
  res(21);
}).then((v) => {
  console.log('L10', v);
  setTimeout(() => {
    console.log('L11');
    process.nextTick((a0) => {
      console.log('L12', a0);
      new Promise((res, rej) => {
        console.log('L13');
        setTimeout(res, 250, 13);
      }).then((v) => {
        console.log('L14', v);
      }, (e) => console.log('L14-rej', e.message));
    }, 'x');
  }, 200);
  (async () => {
    console.log('L15');
    console.log('L16', await Promise.resolve(3));
    const p2 = Promise.reject(new Error('L17'));
    queueMicrotask(() => p2.catch((e) => console.log('L17-late', e.message)));
    setTimeout(() => {
      console.log('L18');
    });
    console.log('L19', await { then(r) { console.log('L19-then'); r(34); } });
    console.log('L20', await { then(r) { console.log('L20-then'); r(34); } });
    process.nextTick((a0, a1) => {
      console.log('L21', a0, a1);
      process.nextTick((a0, a1) => {
        console.log('L22', a0, a1);
      }, 'x', 7);
    }, 'x', 7);
    queueMicrotask(() => {
      console.log('L23');
    });
    throw new Error('L15-throw');
  })().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
  process.nextTick(() => {
    console.log('L25');
  });
}, (e) => console.log('L10-rej', e.message));
process.nextTick((a0, a1) => {
  console.log('L26', a0, a1);
  Promise.resolve(13).then((v) => {
    console.log('L27', v);
    tp.setTimeout(350, 8).then((v) => {
      console.log('L28', v);
      process.nextTick((a0) => {
        console.log('L29', a0);
      }, 'x');
    });
    Promise.resolve('c').then((v) => {
      console.log('L30', v);
    });
  });
  queueMicrotask(() => {
    console.log('L31');
    process.nextTick(() => {
      console.log('L32');
      new Promise((res, rej) => {
        console.log('L33');
        res(34);
      }).then((v) => {
        console.log('L34', v);
      }, (e) => console.log('L34-rej', e.message));
    });
  });
}, 'x', 7);
process.nextTick(() => {
  console.log('L35');
});
new Promise((res, rej) => {
  console.log('L36');
  res({ then(r) { console.log('L36-then'); r(3); } });
}).then((v) => {
  console.log('L37', v);
  setTimeout((a0) => {
    console.log('L38', a0);
    Promise.reject(new Error('L39'));
  }, 300, 't').unref();
}, (e) => console.log('L37-rej', e.message));
setTimeout((a0) => {
  console.log('L40', a0);
  queueMicrotask(() => {
    console.log('L41');
    setImmediate((a0, a1) => {
      console.log('L42', a0, a1);
      queueMicrotask(() => {
        console.log('L43');
      });
    }, 'i', 9);
  });
  Promise.reject(new Error('L44'));
}, 550, 't');
