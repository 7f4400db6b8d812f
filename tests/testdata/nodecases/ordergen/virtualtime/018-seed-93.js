// ordergen seed 93
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve().then(() => { console.log('L34-then'); throw new Error('L34'); });
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r(2); } });
  process.nextTick((a0) => {
    console.log('L3', a0);
    setTimeout((a0) => {
      console.log('L4', a0);
    }, 200, 't');
    throw new Error('L3-throw');
  }, 'x');
  queueMicrotask(() => {
    console.log('L5');
    setTimeout((a0, a1) => {
      console.log('L6', a0, a1);
      setTimeout((a0) => {
        console.log('L7', a0);
      }, 300, 't');
    }, 1, 1, 2);
  });
  tp.setTimeout(250, 8).then((v) => {
    console.log('L8', v);
  });
  console.log('L9', await Promise.resolve(21));
  console.log('L10', await { then(r) { console.log('L10-then'); r('a'); } });
  return Promise.resolve(5);
})().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
process.nextTick(() => {
  console.log('L12');
  (async () => {
    console.log('L13');
    console.log('L14', await Promise.resolve('a'));
    console.log('L15', await { then(r) { console.log('L15-then'); r(34); } });
    console.log('L16', await Promise.resolve(34));
    throw new Error('L13-throw');
  })().then((v) => console.log('L17', v), (e) => console.log('L17-rej', e.message));
  setTimeout(() => {
    console.log('L18');
    setTimeout((a0) => {
      console.log('L19', a0);
    }, 50, 't');
  }, 100);
  Promise.resolve({ then(r) { console.log('L20'); r(13); } })
  .catch((e) => {
    console.log('L21', e.message);
    return { then(r) { console.log('L21-then'); r('c'); } };
  })
  .finally(() => {
    console.log('L22');
    return Promise.resolve(0);
  })
  .catch((e) => {
    console.log('L23', e.message);
    return 5;
  })
  .then((v) => {
    console.log('L24', v);
    throw new Error('L24-err');
  });
});
Promise.reject(new Error('L25'));
new Promise((r) => r(5))
.then((v) => {
  console.log('L26', v);
  return;
}, (e) => {
  console.log('L26-rej', e.message);
  return 8;
})
.then((v) => {
  console.log('L27', v);
  (async () => {
    console.log('L28');
    try {
      await Promise.reject(new Error('L29'));
    } catch (e) {
      console.log('L29-caught', e.message);
    }
    setTimeout((a0, a1) => {
      console.log('L30', a0, a1);
    }, 400, 1, 2);
    return { then(r) { console.log('L28-ret'); r(8); } };
  })().then((v) => console.log('L32', v), (e) => console.log('L32-rej', e.message));
  return { then(r) { console.log('L27-then'); r(5); } };
}, (e) => {
  console.log('L27-rej', e.message);
  return 'c';
})
.then((v) => {
  console.log('L33', v);
  throw new Error('L33-err');
}, (e) => {
  console.log('L33-rej', e.message);
  return 13;
});
