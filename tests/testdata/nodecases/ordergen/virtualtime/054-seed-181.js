// ordergen seed 181
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
new Promise((res, rej) => {
  console.log('L1');
  queueMicrotask(() => rej(new Error('L1-rej')));
}).then((v) => {
  console.log('L2', v);
  (async () => {
    console.log('L3');
    try {
      await Promise.reject(new Error('L4'));
    } catch (e) {
      console.log('L4-caught', e.message);
    }
    try {
      await Promise.reject(new Error('L5'));
    } catch (e) {
      console.log('L5-caught', e.message);
    }
    return Promise.resolve('a');
  })().then((v) => console.log('L6', v), (e) => console.log('L6-rej', e.message));
  Promise.resolve('c')
  .then((v) => {
    console.log('L7', v);
    (async () => {
      console.log('L8');
      try {
        await Promise.reject(new Error('L9'));
      } catch (e) {
        console.log('L9-caught', e.message);
      }
      return { then(r) { console.log('L8-ret'); r(8); } };
    })().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
    return Promise.resolve('c');
  })
  .finally(() => {
    console.log('L11');
    throw new Error('L11-fin');
  })
  .catch((e) => {
    console.log('L12', e.message);
    return 13;
  })
  .finally(() => {
    console.log('L13');
    throw new Error('L13-fin');
  })
  .catch((e) => console.log('L14', e.message));
  Promise.resolve(2).then((v) => {
    console.log('L15', v);
    setTimeout((a0) => {
      console.log('L16', a0);
    }, 250, 't');
  });
}, (e) => console.log('L2-rej', e.message));
Promise.resolve(5).then((v) => {
  console.log('L17', v);
  setTimeout(() => {
    console.log('L18');
  }, 100);
  setTimeout((a0) => {
    console.log('L19', a0);
    (async () => {
      console.log('L20');
      console.log('L21', await tp.setTimeout(50, 'b'));
      new Promise((res, rej) => {
        console.log('L22');
        setTimeout(res, 250, 21);
      }).then((v) => {
        console.log('L23', v);
      }, (e) => console.log('L23-rej', e.message));
      console.log('L24', await Promise.resolve(21));
      try {
        await Promise.reject(new Error('L25'));
      } catch (e) {
        console.log('L25-caught', e.message);
      }
      tp.setImmediate(34).then((v) => {
        console.log('L26', v);
      });
      return 1;
    })().then((v) => console.log('L27', v));
    clearImmediate(setImmediate(() => console.log('L28-never')));
    clearImmediate(undefined);
  }, 150, 't');
  queueMicrotask(() => {
    console.log('L29');
    tp.setImmediate('b').then((v) => {
      console.log('L30', v);
    });
    new Promise((r) => r('a'))
    .finally(() => {
      console.log('L31');
      queueMicrotask(() => {
        console.log('L32');
      });
    })
    .then((v) => {
      console.log('L33', v);
      return Promise.resolve('a');
    });
    throw new Error('L29-throw');
  });
});
setImmediate(() => {
  console.log('L34');
  (async () => {
    console.log('L35');
    console.log('L36', await { then(r) { console.log('L36-then'); r('b'); } });
    tp.setTimeout(400, 'b').then((v) => {
      console.log('L37', v);
    });
    setTimeout((a0) => {
      console.log('L38', a0);
    }, 300, 't');
    console.log('L39', await 'a');
    console.log('L40', await 13);
    new Promise((res, rej) => {
      console.log('L41');
      queueMicrotask(() => rej(new Error('L41-rej')));
    }).then((v) => {
      console.log('L42', v);
    }, (e) => console.log('L42-rej', e.message));
    tp.setTimeout(550, 34).then((v) => {
      console.log('L43', v);
    });
    return Promise.resolve(3);
  })().then((v) => console.log('L44', v));
  Promise.resolve('c').then((v) => {
    console.log('L45', v);
  });
  (async () => {
    console.log('L46');
    console.log('L47', await { then(r) { console.log('L47-then'); r(2); } });
    console.log('L48', await tp.setImmediate(3));
    new Promise((res, rej) => {
      console.log('L49');
      setImmediate(() => res(1));
    }).then((v) => {
      console.log('L50', v);
      new Promise((res, rej) => {
        console.log('L51');
        res({ then(r) { console.log('L51-then'); r(1); } });
      }).then((v) => {
        console.log('L52', v);
      }, (e) => console.log('L52-rej', e.message));
    }, (e) => console.log('L50-rej', e.message));
    setImmediate((a0, a1) => {
      console.log('L53', a0, a1);
    }, 'i', 9);
    return 'b';
  })().then((v) => console.log('L54', v), (e) => console.log('L54-rej', e.message));
});
Promise.resolve(5).then((v) => {
  console.log('L55', v);
  Promise.resolve({ then(r) { console.log('L56'); r('a'); } })
  .finally(() => {
    console.log('L57');
    throw new Error('L57-fin');
  })
  .then((v) => {
    console.log('L58', v);
    return Promise.resolve('b');
  })
  .then((v) => {
    console.log('L59', v);
    (async () => {
      console.log('L60');
      console.log('L61', await tp.setImmediate(5));
      try {
        await Promise.reject(new Error('L62'));
      } catch (e) {
        console.log('L62-caught', e.message);
      }
      tp.setImmediate('a').then((v) => {
        console.log('L63', v);
      });
      console.log('L64', await tp.setImmediate(34));
      throw new Error('L60-throw');
    })().then((v) => console.log('L65', v), (e) => console.log('L65-rej', e.message));
    Promise.resolve(3).then((v) => {
      console.log('L66', v);
    });
    return;
  }, (e) => {
    console.log('L59-rej', e.message);
    return 'b';
  });
  setTimeout(() => {
    console.log('L67');
  }, 500).unref();
  tp.setTimeout(350, 13).then((v) => {
    console.log('L68', v);
    process.exitCode = 3;
  });
});
