// ordergen seed 252
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  console.log('L1');
}, 1);
process.exitCode = 3;
new Promise((r) => r(2))
.catch((e) => {
  console.log('L2', e.message);
  throw new Error('L2-err');
})
.then((v) => {
  console.log('L3', v);
  Promise.resolve({ then(r) { console.log('L4'); r(34); } })
  .then((v) => {
    console.log('L5', v);
    Promise.resolve('c').then((v) => {
      console.log('L6', v);
      let c1;
      setTimeout(() => {
        console.log('L7');
        clearTimeout(c1);
      }, 250);
      c1 = setTimeout(() => console.log('L8-never'), 250);
    });
    Promise.reject(new Error('L9'))
    .catch((e) => {
      console.log('L10', e.message);
      return;
    })
    .then((v) => {
      console.log('L11', v);
      return 'a';
    }, (e) => {
      console.log('L11-rej', e.message);
      return 1;
    })
    .then((v) => {
      console.log('L12', v);
      return Promise.resolve(1);
    })
    .catch((e) => console.log('L13', e.message));
    return { then(r) { console.log('L5-then'); r('b'); } };
  })
  .then((v) => {
    console.log('L14', v);
    throw new Error('L14-err');
  })
  .finally(() => {
    console.log('L15');
  });
  tp.setTimeout(100, 8).then((v) => {
    console.log('L16', v);
  });
  setTimeout(() => {
    console.log('L17');
    tp.setTimeout(150, 8).then((v) => {
      console.log('L18', v);
    });
    throw new Error('L17-throw');
  }, 350);
  return { then(r) { console.log('L3-then'); r(21); } };
}, (e) => {
  console.log('L3-rej', e.message);
  return 'a';
})
.catch((e) => console.log('L19', e.message));
(async () => { console.log('L20-body'); throw new Error('L20'); })();
clearTimeout(setTimeout(() => console.log('L21-never'), 50));
clearTimeout(null);
setTimeout(() => {
  console.log('L22');
  queueMicrotask(() => {
    console.log('L23');
  });
  queueMicrotask(() => {
    console.log('L24');
  });
  new Promise((res, rej) => {
    console.log('L25');
    res(Promise.resolve(13));
  }).then((v) => {
    console.log('L26', v);
  }, (e) => console.log('L26-rej', e.message));
}, 300).unref();
queueMicrotask(() => {
  console.log('L27');
  queueMicrotask(() => {
    console.log('L28');
    setTimeout(() => {
      console.log('L29');
      new Promise((res, rej) => {
        console.log('L30');
        setTimeout(res, 100, 34);
      }).then((v) => {
        console.log('L31', v);
      }, (e) => console.log('L31-rej', e.message));
    }, 450);
  });
  setTimeout((a0) => {
    console.log('L32', a0);
    queueMicrotask(() => {
      console.log('L33');
      process.nextTick(() => {
        console.log('L34');
      });
    });
  }, 150, 't');
  setTimeout((a0) => {
    console.log('L35', a0);
    queueMicrotask(() => {
      console.log('L36');
    });
    (async () => {
      console.log('L37');
      try {
        await Promise.reject(new Error('L38'));
      } catch (e) {
        console.log('L38-caught', e.message);
      }
      try {
        await Promise.reject(new Error('L39'));
      } catch (e) {
        console.log('L39-caught', e.message);
      }
      return await Promise.resolve(13);
    })().then((v) => console.log('L40', v), (e) => console.log('L40-rej', e.message));
  }, 400, 't');
});
