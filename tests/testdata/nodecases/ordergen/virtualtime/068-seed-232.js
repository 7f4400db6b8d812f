// ordergen seed 232
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((res, rej) => {
      console.log('L51');
      res(Promise.resolve(34));
    }).then((v) => {
      console.log('L52', v);
    }, (e) => console.log('L52-rej', e.message));
  }
});
Promise.resolve('a').then((v) => {
  console.log('L1', v);
  process.nextTick(() => {
    console.log('L2');
    Promise.resolve(1).then((v) => {
      console.log('L3', v);
    });
    throw new Error('L2-throw');
  });
  Promise.resolve(8).then((v) => {
    console.log('L4', v);
    setTimeout((a0) => {
      console.log('L5', a0);
      {
        let n2 = 0;
        const h1 = setInterval((x) => {
          n2++;
          console.log('L6', n2, x);
          if (n2 === 1) {
          }
          if (n2 === 2) clearInterval(h1);
        }, 100, 'iv');
      }
    }, 200, 't');
  });
});
setImmediate(() => {
  console.log('L7');
  Promise.resolve(3).then((v) => {
    console.log('L8', v);
    setTimeout((a0, a1) => {
      console.log('L9', a0, a1);
      setTimeout(() => {
        console.log('L10');
      }, 100).unref();
    }, 150, 1, 2);
  });
  process.nextTick((a0, a1) => {
    console.log('L11', a0, a1);
    setTimeout(() => {
      console.log('L12');
    }, 500).unref();
    Promise.reject(new Error('L13'))
    .catch((e) => {
      console.log('L14', e.message);
      setImmediate((a0, a1) => {
        console.log('L15', a0, a1);
      }, 'i', 9);
      return 34;
    })
    .then((v) => {
      console.log('L16', v);
      return { then(r) { console.log('L16-then'); r(13); } };
    }, (e) => {
      console.log('L16-rej', e.message);
      return 3;
    })
    .finally(() => {
      console.log('L17');
    })
    .then((v) => {
      console.log('L18', v);
      return { then(r) { console.log('L18-then'); r('a'); } };
    })
    .catch((e) => console.log('L19', e.message));
  }, 'x', 7);
});
setTimeout((a0, a1) => {
  console.log('L20', a0, a1);
  Promise.resolve(21).then((v) => {
    console.log('L21', v);
    process.nextTick(() => {
      console.log('L22');
    });
    Promise.resolve('a').then((v) => {
      console.log('L23', v);
    });
  });
}, 550, 1, 2);
setTimeout(() => {
  console.log('L24');
  (async () => {
    console.log('L25');
    try {
      await Promise.reject(new Error('L26'));
    } catch (e) {
      console.log('L26-caught', e.message);
    }
    console.log('L27', await tp.setTimeout(350, 'a'));
    console.log('L28', await { then(r) { console.log('L28-then'); r(5); } });
    return { then(r) { console.log('L25-ret'); r('c'); } };
  })().then((v) => console.log('L29', v));
  process.nextTick(() => {
    console.log('L30');
  });
}, 100);
process.nextTick((a0, a1) => {
  console.log('L31', a0, a1);
  tp.setImmediate(2).then((v) => {
    console.log('L32', v);
    Promise.resolve(8).then((v) => {
      console.log('L33', v);
    });
    Promise.resolve({ then(r) { console.log('L34'); r('a'); } })
    .finally(() => {
      console.log('L35');
      throw new Error('L35-fin');
    })
    .then((v) => {
      console.log('L36', v);
      throw new Error('L36-err');
    })
    .then((v) => {
      console.log('L37', v);
      return { then(r) { console.log('L37-then'); r(1); } };
    })
    .finally(() => {
      console.log('L38');
      return Promise.resolve(0);
    });
  });
  setTimeout((a0) => {
    console.log('L39', a0);
    new Promise((res, rej) => {
      console.log('L40');
      res(Promise.resolve('a'));
    }).then((v) => {
      console.log('L41', v);
      new Promise((res, rej) => {
        console.log('L42');
        setImmediate(() => res(21));
      }).then((v) => {
        console.log('L43', v);
      }, (e) => console.log('L43-rej', e.message));
    }, (e) => console.log('L41-rej', e.message));
  }, 350, 't');
  process.nextTick(() => {
    console.log('L44');
    new Promise((r) => r(34))
    .catch((e) => {
      console.log('L45', e.message);
      throw new Error('L45-err');
    })
    .catch((e) => {
      console.log('L46', e.message);
      return;
    })
    .catch((e) => console.log('L47', e.message));
    let c3;
    setImmediate(() => {
      console.log('L48');
      clearImmediate(c3);
    });
    c3 = setImmediate(() => console.log('L49-never'));
  });
}, 'x', 7);
process.nextTick((a0, a1) => {
  console.log('L50', a0, a1);
}, 'x', 7);
