// ordergen seed 163
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0) => {
      console.log('L75', a0);
      throw new Error('L75-throw');
    }, 'x');
  }
});
queueMicrotask(() => {
  console.log('L1');
  let c1;
  setTimeout(() => {
    console.log('L2');
    clearTimeout(c1);
  });
  c1 = setTimeout(() => console.log('L3-never'));
  const p2 = Promise.reject(new Error('L4'));
  queueMicrotask(() => p2.catch((e) => console.log('L4-late', e.message)));
});
process.nextTick(() => {
  console.log('L5');
  new Promise((r) => r(1))
  .then((v) => {
    console.log('L6', v);
    return { then(r) { console.log('L6-then'); r(2); } };
  })
  .then((v) => {
    console.log('L7', v);
    return Promise.resolve('a');
  })
  .then((v) => {
    console.log('L8', v);
    return;
  });
  Promise.reject(new Error('L9'))
  .catch((e) => {
    console.log('L10', e.message);
    process.nextTick((a0, a1) => {
      console.log('L11', a0, a1);
      Promise.resolve(13).then((v) => {
        console.log('L12', v);
      });
    }, 'x', 7);
    Promise.resolve('b').then((v) => {
      console.log('L13', v);
      new Promise((res, rej) => {
        console.log('L14');
        queueMicrotask(() => rej(new Error('L14-rej')));
      }).then((v) => {
        console.log('L15', v);
      }, (e) => console.log('L15-rej', e.message));
    });
    return;
  })
  .finally(() => {
    console.log('L16');
  })
  .catch((e) => {
    console.log('L17', e.message);
    return { then(r) { console.log('L17-then'); r(5); } };
  })
  .finally(() => {
    console.log('L18');
    throw new Error('L18-fin');
  });
  Promise.resolve('b').then((v) => {
    console.log('L19', v);
    process.nextTick((a0) => {
      console.log('L20', a0);
      setTimeout(() => {
        console.log('L21');
      }, 100);
    }, 'x');
  });
});
Promise.resolve('c').then((v) => {
  console.log('L22', v);
  const p3 = Promise.reject(new Error('L23'));
  queueMicrotask(() => p3.catch((e) => console.log('L23-late', e.message)));
  setTimeout(() => {
    console.log('L24');
    setImmediate((a0, a1) => {
      console.log('L25', a0, a1);
      (async () => {
        console.log('L26');
        console.log('L27', await new Promise((r) => setTimeout(r, 100, 3)));
        try {
          await Promise.reject(new Error('L28'));
        } catch (e) {
          console.log('L28-caught', e.message);
        }
        console.log('L29', await tp.setTimeout(100, 34));
        return { then(r) { console.log('L26-ret'); r(2); } };
      })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
    }, 'i', 9);
  }, 300).unref();
  queueMicrotask(() => {
    console.log('L31');
    (async () => {
      console.log('L32');
      console.log('L33', await 'b');
      return Promise.resolve(3);
    })().then((v) => console.log('L36', v), (e) => console.log('L36-rej', e.message));
    process.nextTick((a0) => {
      console.log('L37', a0);
      process.nextTick((a0, a1) => {
        console.log('L38', a0, a1);
        throw new Error('L38-throw');
      }, 'x', 7);
      throw new Error('L37-throw');
    }, 'x');
  });
});
setTimeout(() => {
  console.log('L39');
  throw new Error('L39-throw');
}, 350);
queueMicrotask(() => {
  console.log('L40');
  Promise.resolve(8).then((v) => {
    console.log('L41', v);
  });
  setTimeout((a0) => {
    console.log('L42', a0);
    tp.setTimeout(300, 8).then((v) => {
      console.log('L43', v);
    });
  }, 250, 't');
  throw new Error('L40-throw');
});
Promise.resolve(5).then((v) => {
  console.log('L44', v);
  Promise.resolve('c')
  .then((v) => {
    console.log('L45', v);
    new Promise((r) => r(21))
    .then((v) => {
      console.log('L46', v);
      return 'c';
    })
    .then((v) => {
      console.log('L47', v);
      return { then(r) { console.log('L47-then'); r(5); } };
    }, (e) => {
      console.log('L47-rej', e.message);
      return 'b';
    })
    .catch((e) => {
      console.log('L48', e.message);
      throw new Error('L48-err');
    })
    .then((v) => {
      console.log('L49', v);
      throw new Error('L49-err');
    }, (e) => {
      console.log('L49-rej', e.message);
      return 'b';
    });
    queueMicrotask(() => {
      console.log('L50');
      (async () => {
        console.log('L51');
        return { then(r) { console.log('L51-ret'); r(5); } };
      })().then((v) => console.log('L53', v), (e) => console.log('L53-rej', e.message));
    });
    return 8;
  })
  .then((v) => {
    console.log('L54', v);
    return Promise.resolve(8);
  });
  (async () => { console.log('L55-body'); throw new Error('L55'); })();
  (async () => {
    console.log('L56');
    console.log('L57', await Promise.resolve(13));
    return 8;
  })().then((v) => console.log('L58', v));
});
setTimeout((a0, a1) => {
  console.log('L59', a0, a1);
  setImmediate((a0) => {
    console.log('L60', a0);
    queueMicrotask(() => {
      console.log('L61');
    });
    (async () => {
      console.log('L62');
      console.log('L63', await new Promise((r) => setTimeout(r, 300, 'c')));
      (async () => {
        console.log('L64');
        console.log('L65', await tp.setImmediate('a'));
        try {
          await Promise.reject(new Error('L66'));
        } catch (e) {
          console.log('L66-caught', e.message);
        }
        return await Promise.resolve(13);
      })().then((v) => console.log('L67', v), (e) => console.log('L67-rej', e.message));
      return await Promise.resolve(34);
    })().then((v) => console.log('L68', v), (e) => console.log('L68-rej', e.message));
  }, 'i');
  process.nextTick((a0) => {
    console.log('L69', a0);
    Promise.resolve({ then(r) { console.log('L70'); r(8); } })
    .then((v) => {
      console.log('L71', v);
      setTimeout((a0, a1) => {
        console.log('L72', a0, a1);
        throw new Error('L72-throw');
      }, 50, 1, 2).unref();
      return;
    }, (e) => {
      console.log('L71-rej', e.message);
      return 13;
    })
    .then((v) => {
      console.log('L73', v);
      return Promise.resolve(1);
    }, (e) => {
      console.log('L73-rej', e.message);
      return 'a';
    })
    .catch((e) => console.log('L74', e.message));
  }, 'x');
}, 150, 1, 2);
