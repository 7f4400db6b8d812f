// ordergen seed 183
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    queueMicrotask(() => {
      console.log('L46');
      process.nextTick((a0) => {
        console.log('L47', a0);
        process.nextTick((a0) => {
          console.log('L48', a0);
        }, 'x');
      }, 'x');
    });
    process.nextTick((a0) => {
      console.log('L49', a0);
      Promise.resolve(5).then((v) => {
        console.log('L50', v);
      });
      new Promise((res, rej) => {
        console.log('L51');
        setImmediate(() => res('a'));
      }).then((v) => {
        console.log('L52', v);
      }, (e) => console.log('L52-rej', e.message));
    }, 'x');
  }
});
Promise.reject(new Error('L1'))
.then((v) => {
  console.log('L2', v);
  return;
}, (e) => {
  console.log('L2-rej', e.message);
  return 34;
})
.catch((e) => {
  console.log('L3', e.message);
  const p1 = Promise.reject(new Error('L4'));
  queueMicrotask(() => p1.catch((e) => console.log('L4-late', e.message)));
  tp.setTimeout(250, 8).then((v) => {
    console.log('L5', v);
    setTimeout(() => {
      console.log('L6');
      setTimeout((a0, a1) => {
        console.log('L7', a0, a1);
      }, 150, 1, 2);
    }, 50);
  });
  throw new Error('L3-err');
})
.catch((e) => {
  console.log('L8', e.message);
  return Promise.resolve(8);
})
.catch((e) => console.log('L9', e.message));
const c2 = setTimeout(() => console.log('L10-never'), 40);
process.nextTick(() => clearTimeout(c2));
(async () => {
  console.log('L11');
  console.log('L12', await 8);
  Promise.resolve({ then(r) { console.log('L13'); r(8); } })
  .finally(() => {
    console.log('L14');
  })
  .catch((e) => {
    console.log('L15', e.message);
    tp.setTimeout(200, 2).then((v) => {
      console.log('L16', v);
      Promise.resolve(2).then((v) => {
        console.log('L17', v);
      });
    });
    let c3;
    setTimeout(() => {
      console.log('L18');
      clearTimeout(c3);
    }, 100);
    c3 = setTimeout(() => console.log('L19-never'), 100);
    return;
  });
  throw new Error('L11-throw');
})().then((v) => console.log('L20', v));
queueMicrotask(() => {
  console.log('L21');
  queueMicrotask(() => {
    console.log('L22');
  });
});
new Promise((r) => r(5))
.then((v) => {
  console.log('L23', v);
  setTimeout(() => {
    console.log('L24');
  }, 150);
  setImmediate((a0, a1) => {
    console.log('L25', a0, a1);
    (async () => { console.log('L26-body'); throw new Error('L26'); })();
  }, 'i', 9);
  Promise.resolve('c').then((v) => {
    console.log('L27', v);
    new Promise((res, rej) => {
      console.log('L28');
      setTimeout(res, 550, 1);
    }).then((v) => {
      console.log('L29', v);
      Promise.resolve(34).then((v) => {
        console.log('L30', v);
      });
    }, (e) => console.log('L29-rej', e.message));
    tp.setTimeout(400, 'b').then((v) => {
      console.log('L31', v);
    });
  });
  return;
})
.then((v) => {
  console.log('L32', v);
  throw new Error('L32-err');
})
.catch((e) => console.log('L33', e.message));
setImmediate(() => {
  console.log('L34');
  tp.setTimeout(350, 'b').then((v) => {
    console.log('L35', v);
    queueMicrotask(() => {
      console.log('L36');
      Promise.resolve({ then(r) { console.log('L37'); r(5); } })
      .then((v) => {
        console.log('L38', v);
        throw new Error('L38-err');
      })
      .then((v) => {
        console.log('L39', v);
        return Promise.resolve('b');
      });
    });
  });
});
setTimeout((a0, a1) => {
  console.log('L40', a0, a1);
  setImmediate((a0, a1) => {
    console.log('L41', a0, a1);
    Promise.resolve(5).then((v) => {
      console.log('L42', v);
      process.nextTick(() => {
        console.log('L43');
      });
    });
  }, 'i', 9);
  setImmediate((a0) => {
    console.log('L44', a0);
    process.nextTick(() => {
      console.log('L45');
    });
  }, 'i');
}, 500, 1, 2);
