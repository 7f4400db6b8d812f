// ordergen seed 225
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r(2); } });
  return 21;
})().then((v) => console.log('L3', v), (e) => console.log('L3-rej', e.message));
setTimeout((a0) => {
  console.log('L4', a0);
  setTimeout((a0, a1) => {
    console.log('L5', a0, a1);
    throw new Error('L5-throw');
  }, 250, 1, 2);
}, 0, 't');
Promise.resolve(8).then((v) => {
  console.log('L6', v);
  Promise.resolve('b').then((v) => {
    console.log('L7', v);
    process.nextTick((a0, a1) => {
      console.log('L8', a0, a1);
    }, 'x', 7);
  });
  Promise.resolve(2).then((v) => {
    console.log('L9', v);
    setTimeout((a0, a1) => {
      console.log('L10', a0, a1);
      (async () => {
        console.log('L11');
        console.log('L12', await new Promise((r) => setTimeout(r, 100, 'b')));
        console.log('L13', await Promise.resolve(2));
        try {
          await Promise.reject(new Error('L14'));
        } catch (e) {
          console.log('L14-caught', e.message);
        }
        return await Promise.resolve(34);
      })().then((v) => console.log('L15', v), (e) => console.log('L15-rej', e.message));
    }, 200, 1, 2);
    setTimeout(() => {
      console.log('L16');
      tp.setTimeout(250, 1).then((v) => {
        console.log('L17', v);
      });
    }, 150);
  });
  process.nextTick((a0, a1) => {
    console.log('L18', a0, a1);
    new Promise((res, rej) => {
      console.log('L19');
      res({ then(r) { console.log('L19-then'); r('c'); } });
    }).then((v) => {
      console.log('L20', v);
    }, (e) => console.log('L20-rej', e.message));
    queueMicrotask(() => {
      console.log('L21');
    });
  }, 'x', 7);
});
tp.setTimeout(450, 21).then((v) => {
  console.log('L22', v);
  const c1 = setTimeout(() => console.log('L23-never'), 0);
  process.nextTick(() => clearTimeout(c1));
});
Promise.resolve({ then(r) { console.log('L24'); r('b'); } })
.finally(() => {
  console.log('L25');
  queueMicrotask(() => {
    console.log('L26');
    let c2;
    setTimeout(() => {
      console.log('L27');
      clearTimeout(c2);
    }, 500);
    c2 = setTimeout(() => console.log('L28-never'), 500);
  });
  process.nextTick(() => {
    console.log('L29');
    setTimeout((a0) => {
      console.log('L30', a0);
    }, 550, 't');
    setTimeout(() => {
      console.log('L31');
      setImmediate((a0) => {
        console.log('L32', a0);
      }, 'i');
    }, 350);
  });
  setTimeout((a0, a1) => {
    console.log('L33', a0, a1);
    queueMicrotask(() => {
      console.log('L34');
    });
  }, 100, 1, 2);
})
.finally(() => {
  console.log('L35');
})
.then((v) => {
  console.log('L36', v);
  return { then(r) { console.log('L36-then'); r('c'); } };
})
.finally(() => {
  console.log('L37');
})
.catch((e) => console.log('L38', e.message));
