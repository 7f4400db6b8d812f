// ordergen seed 189
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
process.nextTick((a0) => {
  console.log('L1', a0);
  process.nextTick((a0) => {
    console.log('L2', a0);
    setTimeout((a0) => {
      console.log('L3', a0);
      setImmediate((a0) => {
        console.log('L4', a0);
      }, 'i');
    }, 0, 't');
  }, 'x');
  queueMicrotask(() => {
    console.log('L5');
    tp.setTimeout(250, 'a').then((v) => {
      console.log('L6', v);
    });
  });
  setTimeout((a0) => {
    console.log('L7', a0);
    Promise.resolve(13)
    .finally(() => {
      console.log('L8');
    })
    .catch((e) => {
      console.log('L9', e.message);
      return Promise.resolve(21);
    })
    .catch((e) => {
      console.log('L10', e.message);
      return 8;
    });
    (async () => {
      console.log('L11');
      console.log('L12', await 34);
      console.log('L13', await tp.setTimeout(250, 21));
      (async () => {
        console.log('L14');
        console.log('L15', await tp.setImmediate(13));
        return 21;
      })().then((v) => console.log('L16', v), (e) => console.log('L16-rej', e.message));
      return Promise.resolve(2);
    })().then((v) => console.log('L17', v), (e) => console.log('L17-rej', e.message));
  }, 200, 't');
}, 'x');
queueMicrotask(() => {
  console.log('L18');
  new Promise((r) => r(13))
  .catch((e) => {
    console.log('L19', e.message);
    return Promise.resolve(2);
  })
  .then((v) => {
    console.log('L20', v);
    (async () => {
      console.log('L21');
      return { then(r) { console.log('L21-ret'); r('b'); } };
    })().then((v) => console.log('L23', v), (e) => console.log('L23-rej', e.message));
    return Promise.resolve(21);
  }, (e) => {
    console.log('L20-rej', e.message);
    return 'c';
  })
  .finally(() => {
    console.log('L24');
  })
  .catch((e) => console.log('L25', e.message));
});
new Promise((res, rej) => {
  console.log('L26');
  queueMicrotask(() => rej(new Error('L26-rej')));
}).then((v) => {
  console.log('L27', v);
  const p1 = Promise.reject(new Error('L28'));
  queueMicrotask(() => p1.catch((e) => console.log('L28-late', e.message)));
}, (e) => console.log('L27-rej', e.message));
const p2 = Promise.reject(new Error('L29'));
queueMicrotask(() => p2.catch((e) => console.log('L29-late', e.message)));
tp.setTimeout(150, 'a').then((v) => {
  console.log('L30', v);
  Promise.resolve({ then(r) { console.log('L31'); r('b'); } })
  .then((v) => {
    console.log('L32', v);
    return Promise.resolve(8);
  })
  .catch((e) => {
    console.log('L33', e.message);
    return;
  })
  .catch((e) => console.log('L34', e.message));
  Promise.reject(new Error('L35'))
  .then((v) => {
    console.log('L36', v);
    return 3;
  })
  .then((v) => {
    console.log('L37', v);
    return 'c';
  })
  .then((v) => {
    console.log('L38', v);
    return;
  })
  .catch((e) => console.log('L39', e.message));
  setImmediate((a0, a1) => {
    console.log('L40', a0, a1);
  }, 'i', 9);
});
process.nextTick(() => {
  console.log('L41');
  setTimeout((a0) => {
    console.log('L42', a0);
    setTimeout((a0, a1) => {
      console.log('L43', a0, a1);
      Promise.resolve(2).then((v) => {
        console.log('L44', v);
      });
    }, 50, 1, 2).unref();
  }, 300, 't');
});
