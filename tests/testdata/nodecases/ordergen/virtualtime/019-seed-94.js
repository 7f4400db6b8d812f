// ordergen seed 94
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    const p2 = Promise.reject(new Error('L27'));
    setTimeout(() => { console.log('L27-t'); p2.catch((e) => console.log('L27-late', e.message)); }, 150);
    queueMicrotask(() => {
      console.log('L28');
      setTimeout(() => {
        console.log('L29');
        setTimeout((a0, a1) => {
          console.log('L30', a0, a1);
        }, 0, 1, 2);
        throw new Error('L29-throw');
      }, 50);
    });
  }
});
queueMicrotask(() => {
  console.log('L1');
});
Promise.reject(new Error('L2'))
.finally(() => {
  console.log('L3');
  setTimeout(() => {
    console.log('L4');
  }, 150);
  Promise.resolve({ then(r) { console.log('L5'); r(5); } })
  .then((v) => {
    console.log('L6', v);
    tp.setImmediate(2).then((v) => {
      console.log('L7', v);
    });
    setTimeout((a0, a1) => {
      console.log('L8', a0, a1);
    }, 200, 1, 2);
    throw new Error('L6-err');
  }, (e) => {
    console.log('L6-rej', e.message);
    return 'a';
  })
  .finally(() => {
    console.log('L9');
  })
  .catch((e) => {
    console.log('L10', e.message);
    return;
  })
  .catch((e) => console.log('L11', e.message));
})
.then((v) => {
  console.log('L12', v);
  return Promise.resolve(1);
})
.then((v) => {
  console.log('L13', v);
  return Promise.resolve(2);
}, (e) => {
  console.log('L13-rej', e.message);
  return 3;
});
tp.setTimeout(300, 'c').then((v) => {
  console.log('L14', v);
  tp.setTimeout(100, 5).then((v) => {
    console.log('L15', v);
  });
});
queueMicrotask(() => {
  console.log('L16');
  setImmediate((a0, a1) => {
    console.log('L17', a0, a1);
  }, 'i', 9);
});
(async () => {
  console.log('L18');
  console.log('L19', await new Promise((r) => setTimeout(r, 250, 2)));
  Promise.resolve('a').then((v) => {
    console.log('L20', v);
    tp.setImmediate(34).then((v) => {
      console.log('L21', v);
      process.nextTick(() => {
        console.log('L22');
        throw new Error('L22-throw');
      });
    });
  });
  Promise.resolve(13).then((v) => {
    console.log('L23', v);
    const p1 = Promise.reject(new Error('L24'));
    queueMicrotask(() => p1.catch((e) => console.log('L24-late', e.message)));
  });
  console.log('L25', await { then(r) { console.log('L25-then'); r('b'); } });
  return 'c';
})().then((v) => console.log('L26', v), (e) => console.log('L26-rej', e.message));
