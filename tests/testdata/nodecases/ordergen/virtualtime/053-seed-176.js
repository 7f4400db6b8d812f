// ordergen seed 176
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve('a').then((v) => {
      console.log('L29', v);
      Promise.resolve(13).then((v) => {
        console.log('L30', v);
      });
      process.nextTick(() => {
        console.log('L31');
        new Promise((res, rej) => {
          console.log('L32');
          res(Promise.resolve('c'));
        }).then((v) => {
          console.log('L33', v);
        }, (e) => console.log('L33-rej', e.message));
      });
    });
    (async () => {
      console.log('L34');
      console.log('L35', await { then(r) { console.log('L35-then'); r(34); } });
      console.log('L36', await tp.setImmediate(21));
      setTimeout(() => {
        console.log('L37');
      }, 100);
      console.log('L38', await tp.setTimeout(50, 13));
      return 5;
    })().then((v) => console.log('L39', v), (e) => console.log('L39-rej', e.message));
  }
});
tp.setTimeout(100, 21).then((v) => {
  console.log('L1', v);
  setTimeout((a0, a1) => {
    console.log('L2', a0, a1);
  }, 0, 1, 2);
  setImmediate((a0) => {
    console.log('L3', a0);
  }, 'i');
  queueMicrotask(() => {
    console.log('L4');
    queueMicrotask(() => {
      console.log('L5');
      throw new Error('L5-throw');
    });
  });
});
Promise.resolve('c').then((v) => {
  console.log('L6', v);
  queueMicrotask(() => {
    console.log('L7');
    setTimeout(() => {
      console.log('L8');
      Promise.resolve(8).then((v) => {
        console.log('L9', v);
      });
    }, 0);
  });
  setTimeout((a0, a1) => {
    console.log('L10', a0, a1);
    setTimeout((a0, a1) => {
      console.log('L11', a0, a1);
      queueMicrotask(() => {
        console.log('L12');
      });
    }, 100, 1, 2);
    queueMicrotask(() => {
      console.log('L13');
    });
  }, 250, 1, 2);
});
setTimeout((a0, a1) => {
  console.log('L14', a0, a1);
}, 400, 1, 2);
Promise.resolve(1)
.catch((e) => {
  console.log('L15', e.message);
  (async () => {
    console.log('L16');
    console.log('L17', await Promise.resolve('b'));
    return 21;
  })().then((v) => console.log('L18', v), (e) => console.log('L18-rej', e.message));
  process.nextTick((a0) => {
    console.log('L19', a0);
  }, 'x');
  return Promise.resolve(34);
})
.then((v) => {
  console.log('L20', v);
  return Promise.resolve(3);
})
.finally(() => {
  console.log('L21');
  throw new Error('L21-fin');
})
.catch((e) => console.log('L22', e.message));
new Promise((res, rej) => {
  console.log('L23');
  rej(new Error('L23-rej'));
}).then((v) => {
  console.log('L24', v);
  process.exitCode = 4;
  queueMicrotask(() => {
    console.log('L25');
  });
  Promise.resolve(5).then((v) => {
    console.log('L26', v);
    tp.setTimeout(200, 2).then((v) => {
      console.log('L27', v);
      setTimeout((a0, a1) => {
        console.log('L28', a0, a1);
      }, 0, 1, 2);
    });
  });
}, (e) => console.log('L24-rej', e.message));
