// ordergen seed 178
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
    (async () => {
      console.log('L32');
      console.log('L33', await { then(r) { console.log('L33-then'); r('c'); } });
      throw new Error('L32-throw');
    })().then((v) => console.log('L34', v), (e) => console.log('L34-rej', e.message));
    tp.setTimeout(200, 3).then((v) => {
      console.log('L35', v);
      new Promise((res, rej) => {
        console.log('L36');
        setImmediate(() => res(5));
      }).then((v) => {
        console.log('L37', v);
      }, (e) => console.log('L37-rej', e.message));
    });
  }
});
queueMicrotask(() => {
  console.log('L1');
  tp.setImmediate('c').then((v) => {
    console.log('L2', v);
    process.nextTick((a0, a1) => {
      console.log('L3', a0, a1);
    }, 'x', 7);
    (async () => {
      console.log('L4');
      console.log('L5', await new Promise((r) => setTimeout(r, 100, 13)));
      console.log('L6', await 'b');
      queueMicrotask(() => {
        console.log('L7');
      });
      console.log('L8', await { then(r) { console.log('L8-then'); r('b'); } });
      return await Promise.resolve(5);
    })().then((v) => console.log('L9', v));
  });
});
Promise.resolve(3).then((v) => {
  console.log('L10', v);
  tp.setImmediate(8).then((v) => {
    console.log('L11', v);
    queueMicrotask(() => {
      console.log('L12');
      Promise.reject(new Error('L13'))
      .finally(() => {
        console.log('L14');
      })
      .then((v) => {
        console.log('L15', v);
        return;
      })
      .finally(() => {
        console.log('L16');
      })
      .catch((e) => {
        console.log('L17', e.message);
        return Promise.resolve(8);
      })
      .catch((e) => console.log('L18', e.message));
    });
    const c1 = setTimeout(() => console.log('L19-never'), 40);
    process.nextTick(() => clearTimeout(c1));
  });
  (async () => {
    console.log('L20');
    try {
      await Promise.reject(new Error('L21'));
    } catch (e) {
      console.log('L21-caught', e.message);
    }
    queueMicrotask(() => {
      console.log('L22');
      throw new Error('L22-throw');
    });
    console.log('L23', await Promise.resolve(8));
    console.log('L24', await { then(r) { console.log('L24-then'); r(3); } });
    queueMicrotask(() => {
      console.log('L25');
      new Promise((res, rej) => {
        console.log('L26');
        process.nextTick(res, 'a');
      }).then((v) => {
        console.log('L27', v);
      }, (e) => console.log('L27-rej', e.message));
      throw new Error('L25-throw');
    });
    return 2;
  })().then((v) => console.log('L28', v), (e) => console.log('L28-rej', e.message));
});
tp.setImmediate(21).then((v) => {
  console.log('L29', v);
  Promise.resolve('a')
  .catch((e) => {
    console.log('L30', e.message);
    return;
  })
  .then((v) => {
    console.log('L31', v);
    return Promise.resolve(34);
  }, (e) => {
    console.log('L31-rej', e.message);
    return 'c';
  });
});
