// ordergen seed 105
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
    process.nextTick((a0) => {
      console.log('L39', a0);
    }, 'x');
  }
});
new Promise((r) => r(34))
.catch((e) => {
  console.log('L1', e.message);
  return;
})
.then((v) => {
  console.log('L2', v);
  throw new Error('L2-err');
})
.catch((e) => console.log('L3', e.message));
Promise.resolve(1)
.then((v) => {
  console.log('L4', v);
  setTimeout(() => {
    console.log('L5');
    setTimeout((a0, a1) => {
      console.log('L6', a0, a1);
      queueMicrotask(() => {
        console.log('L7');
      });
    }, 150, 1, 2);
    new Promise((res, rej) => {
      console.log('L8');
      res({ then(r) { console.log('L8-then'); r(21); } });
    }).then((v) => {
      console.log('L9', v);
    }, (e) => console.log('L9-rej', e.message));
  }, 250);
  return;
})
.then((v) => {
  console.log('L10', v);
  return Promise.resolve(13);
}, (e) => {
  console.log('L10-rej', e.message);
  return 2;
})
.then((v) => {
  console.log('L11', v);
  return 'c';
});
Promise.resolve(2).then((v) => {
  console.log('L12', v);
  setTimeout((a0, a1) => {
    console.log('L13', a0, a1);
  }, 150, 1, 2);
  tp.setImmediate(5).then((v) => {
    console.log('L14', v);
    (async () => {
      console.log('L15');
      console.log('L16', await tp.setTimeout(200, 2));
      console.log('L17', await Promise.resolve('b'));
      try {
        await Promise.reject(new Error('L18'));
      } catch (e) {
        console.log('L18-caught', e.message);
      }
      return Promise.resolve(1);
    })().then((v) => console.log('L19', v), (e) => console.log('L19-rej', e.message));
    Promise.resolve(5)
    .then((v) => {
      console.log('L20', v);
      return 34;
    }, (e) => {
      console.log('L20-rej', e.message);
      return 34;
    })
    .then((v) => {
      console.log('L21', v);
      return Promise.resolve(5);
    })
    .then((v) => {
      console.log('L22', v);
      throw new Error('L22-err');
    })
    .then((v) => {
      console.log('L23', v);
      return;
    })
    .catch((e) => console.log('L24', e.message));
  });
  queueMicrotask(() => {
    console.log('L25');
    tp.setTimeout(350, 'a').then((v) => {
      console.log('L26', v);
      setImmediate((a0, a1) => {
        console.log('L27', a0, a1);
      }, 'i', 9);
    });
  });
});
Promise.resolve('c').then((v) => {
  console.log('L28', v);
  new Promise((res, rej) => {
    console.log('L29');
    res({ then(r) { console.log('L29-then'); r('b'); } });
  }).then((v) => {
    console.log('L30', v);
    process.exitCode = 3;
    Promise.reject(new Error('L31'));
  }, (e) => console.log('L30-rej', e.message));
  setTimeout(() => {
    console.log('L32');
    process.exitCode = 4;
    Promise.resolve({ then(r) { console.log('L33'); r(34); } })
    .then((v) => {
      console.log('L34', v);
      return;
    }, (e) => {
      console.log('L34-rej', e.message);
      return 8;
    })
    .then((v) => {
      console.log('L35', v);
      return 8;
    }, (e) => {
      console.log('L35-rej', e.message);
      return 'c';
    })
    .catch((e) => console.log('L36', e.message));
    throw new Error('L32-throw');
  }, 100);
  new Promise((res, rej) => {
    console.log('L37');
    setTimeout(res, 550, 2);
  }).then((v) => {
    console.log('L38', v);
  }, (e) => console.log('L38-rej', e.message));
});
