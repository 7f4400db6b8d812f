// ordergen seed 242
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
      console.log('L38');
      rej(new Error('L38-rej'));
    }).then((v) => {
      console.log('L39', v);
    }, (e) => console.log('L39-rej', e.message));
    process.nextTick(() => {
      console.log('L40');
      Promise.resolve(2).then((v) => {
        console.log('L41', v);
      });
      new Promise((res, rej) => {
        console.log('L42');
        res('a');
      }).then((v) => {
        console.log('L43', v);
      }, (e) => console.log('L43-rej', e.message));
    });
  }
});
Promise.reject(new Error('L1'))
.then((v) => {
  console.log('L2', v);
  return { then(r) { console.log('L2-then'); r(5); } };
})
.finally(() => {
  console.log('L3');
})
.finally(() => {
  console.log('L4');
  let c1;
  setTimeout(() => {
    console.log('L5');
    clearTimeout(c1);
  }, 0);
  c1 = setTimeout(() => console.log('L6-never'), 0);
})
.catch((e) => {
  console.log('L7', e.message);
  return { then(r) { console.log('L7-then'); r(3); } };
});
setTimeout((a0, a1) => {
  console.log('L8', a0, a1);
  (async () => {
    console.log('L9');
    try {
      await Promise.reject(new Error('L10'));
    } catch (e) {
      console.log('L10-caught', e.message);
    }
    console.log('L11', await 1);
    return 13;
  })().then((v) => console.log('L12', v));
}, 200, 1, 2);
setTimeout((a0) => {
  console.log('L13', a0);
  queueMicrotask(() => {
    console.log('L14');
    setTimeout((a0) => {
      console.log('L15', a0);
    }, 200, 't');
  });
}, 150, 't');
(async () => {
  console.log('L16');
  console.log('L17', await new Promise((r) => setTimeout(r, 300, 1)));
  console.log('L18', await Promise.resolve(34));
  console.log('L19', await Promise.resolve('b'));
  queueMicrotask(() => {
    console.log('L20');
    const c2 = setTimeout(() => console.log('L21-never'), 40);
    process.nextTick(() => clearTimeout(c2));
  });
  setTimeout((a0, a1) => {
    console.log('L22', a0, a1);
  }, 250, 1, 2);
  setTimeout(() => {
    console.log('L23');
  }, 150);
  return 3;
})().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L25', a0, a1);
  Promise.resolve({ then(r) { console.log('L26'); r('c'); } })
  .then((v) => {
    console.log('L27', v);
    throw new Error('L27-err');
  })
  .catch((e) => {
    console.log('L28', e.message);
    (async () => {
      console.log('L29');
      console.log('L30', await 'b');
      console.log('L31', await tp.setImmediate('c'));
      return Promise.resolve(8);
    })().then((v) => console.log('L32', v));
    setImmediate(() => {
      console.log('L33');
      setTimeout((a0) => {
        console.log('L34', a0);
      }, 100, 't');
    });
    return 'c';
  });
}, 400, 1, 2);
setTimeout((a0, a1) => {
  console.log('L35', a0, a1);
  Promise.resolve(13).then((v) => {
    console.log('L36', v);
  });
  setImmediate(() => {
    console.log('L37');
  });
}, 250, 1, 2);
