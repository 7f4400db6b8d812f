// ordergen seed 147
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0) => {
      console.log('L47', a0);
      queueMicrotask(() => {
        console.log('L48');
      });
      (async () => {
        console.log('L49');
        return 34;
      })().then((v) => console.log('L51', v), (e) => console.log('L51-rej', e.message));
    }, 'x');
    tp.setImmediate('a').then((v) => {
      console.log('L52', v);
      process.nextTick((a0) => {
        console.log('L53', a0);
        setImmediate((a0) => {
          console.log('L54', a0);
        }, 'i');
      }, 'x');
      new Promise((res, rej) => {
        console.log('L55');
        res({ then(r) { console.log('L55-then'); r(2); } });
      }).then((v) => {
        console.log('L56', v);
      }, (e) => console.log('L56-rej', e.message));
    });
  }
});
new Promise((res, rej) => {
  console.log('L1');
  setTimeout(res, 150, 34);
}).then((v) => {
  console.log('L2', v);
  setImmediate(() => {
    console.log('L3');
    process.nextTick((a0) => {
      console.log('L4', a0);
    }, 'x');
    setImmediate((a0, a1) => {
      console.log('L5', a0, a1);
    }, 'i', 9);
  });
}, (e) => console.log('L2-rej', e.message));
const p1 = Promise.reject(new Error('L6'));
setTimeout(() => { console.log('L6-t'); p1.catch((e) => console.log('L6-late', e.message)); }, 200);
process.nextTick(() => {
  console.log('L7');
  setImmediate(() => {
    console.log('L8');
    process.nextTick(() => {
      console.log('L9');
      setTimeout(() => {
        console.log('L10');
      }, 250);
    });
  });
});
(async () => {
  console.log('L11');
  console.log('L12', await tp.setTimeout(300, 'b'));
  console.log('L13', await tp.setTimeout(150, 'b'));
  tp.setTimeout(0, 34).then((v) => {
    console.log('L14', v);
  });
  setTimeout(() => {
    console.log('L15');
    setImmediate(() => {
      console.log('L16');
      tp.setTimeout(50, 3).then((v) => {
        console.log('L17', v);
      });
    });
  }, 50);
  setImmediate((a0) => {
    console.log('L18', a0);
    Promise.resolve('b').then((v) => {
      console.log('L19', v);
    });
  }, 'i');
  return 'b';
})().then((v) => console.log('L20', v), (e) => console.log('L20-rej', e.message));
setImmediate((a0) => {
  console.log('L21', a0);
  setTimeout((a0) => {
    console.log('L22', a0);
    queueMicrotask(() => {
      console.log('L23');
    });
  }, 350, 't');
  new Promise((res, rej) => {
    console.log('L24');
    res(Promise.resolve(21));
  }).then((v) => {
    console.log('L25', v);
    process.nextTick((a0) => {
      console.log('L26', a0);
    }, 'x');
    queueMicrotask(() => {
      console.log('L27');
      queueMicrotask(() => {
        console.log('L28');
      });
    });
  }, (e) => console.log('L25-rej', e.message));
  throw new Error('L21-throw');
}, 'i').unref();
Promise.reject(new Error('L29'))
.then((v) => {
  console.log('L30', v);
  return 8;
}, (e) => {
  console.log('L30-rej', e.message);
  return 21;
})
.finally(() => {
  console.log('L31');
  setImmediate(() => {
    console.log('L32');
    setTimeout((a0) => {
      console.log('L33', a0);
    }, 100, 't');
    setImmediate(() => {
      console.log('L34');
      queueMicrotask(() => {
        console.log('L35');
        throw new Error('L35-throw');
      });
    });
  });
  throw new Error('L31-fin');
})
.then((v) => {
  console.log('L36', v);
  return Promise.resolve(5);
})
.catch((e) => {
  console.log('L37', e.message);
  return Promise.resolve(3);
});
Promise.resolve(13).then((v) => {
  console.log('L38', v);
  Promise.resolve({ then(r) { console.log('L39'); r(34); } })
  .then((v) => {
    console.log('L40', v);
    return { then(r) { console.log('L40-then'); r(21); } };
  }, (e) => {
    console.log('L40-rej', e.message);
    return 'b';
  })
  .finally(() => {
    console.log('L41');
    return Promise.resolve(0);
  })
  .then((v) => {
    console.log('L42', v);
    process.nextTick((a0) => {
      console.log('L43', a0);
    }, 'x');
    return { then(r) { console.log('L42-then'); r(5); } };
  }, (e) => {
    console.log('L42-rej', e.message);
    return 2;
  })
  .catch((e) => console.log('L44', e.message));
  Promise.resolve('b').then((v) => {
    console.log('L45', v);
  });
  const p2 = Promise.reject(new Error('L46'));
  setTimeout(() => { console.log('L46-t'); p2.catch((e) => console.log('L46-late', e.message)); }, 400);
});
