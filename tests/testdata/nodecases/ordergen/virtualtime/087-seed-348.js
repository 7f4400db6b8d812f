// ordergen seed 348
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
(async () => {
  console.log('L1');
  console.log('L2', await 2);
  console.log('L3', await { then(r) { console.log('L3-then'); r(2); } });
  return await Promise.resolve(3);
})().then((v) => console.log('L4', v), (e) => console.log('L4-rej', e.message));
process.nextTick(() => {
  console.log('L5');
  queueMicrotask(() => {
    console.log('L6');
  });
});
setTimeout(() => {
  console.log('L7');
  setTimeout(() => {
    console.log('L8');
    queueMicrotask(() => {
      console.log('L9');
      process.nextTick((a0) => {
        console.log('L10', a0);
      }, 'x');
    });
    setTimeout(() => {
      console.log('L11');
    }, 200);
  }, 250);
});
setTimeout(() => {
  console.log('L12');
  queueMicrotask(() => {
    console.log('L13');
    let c1;
    setImmediate(() => {
      console.log('L14');
      clearImmediate(c1);
    });
    c1 = setImmediate(() => console.log('L15-never'));
    queueMicrotask(() => {
      console.log('L16');
    });
  });
}, 150);
setTimeout((a0, a1) => {
  console.log('L17', a0, a1);
  process.nextTick((a0) => {
    console.log('L18', a0);
    new Promise((res, rej) => {
      console.log('L19');
      queueMicrotask(() => rej(new Error('L19-rej')));
    }).then((v) => {
      console.log('L20', v);
      queueMicrotask(() => {
        console.log('L21');
      });
    }, (e) => console.log('L20-rej', e.message));
    queueMicrotask(() => {
      console.log('L22');
      setImmediate(() => {
        console.log('L23');
      });
    });
    throw new Error('L18-throw');
  }, 'x');
  queueMicrotask(() => {
    console.log('L24');
    queueMicrotask(() => {
      console.log('L25');
    });
    tp.setTimeout(100, 34).then((v) => {
      console.log('L26', v);
      setTimeout((a0) => {
        console.log('L27', a0);
      }, 150, 't');
    });
  });
}, 300, 1, 2).unref();
process.nextTick((a0) => {
  console.log('L28', a0);
  queueMicrotask(() => {
    console.log('L29');
    process.nextTick((a0, a1) => {
      console.log('L30', a0, a1);
    }, 'x', 7);
    setTimeout(() => {
      console.log('L31');
      (async () => {
        console.log('L32');
        throw new Error('L32-throw');
      })().then((v) => console.log('L36', v));
    }, 500);
  });
}, 'x');
