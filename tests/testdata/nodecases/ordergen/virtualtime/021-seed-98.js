// ordergen seed 98
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout((a0) => {
  console.log('L1', a0);
  process.nextTick((a0) => {
    console.log('L2', a0);
    setImmediate((a0, a1) => {
      console.log('L3', a0, a1);
      (async () => {
        console.log('L4');
        console.log('L5', await Promise.resolve(2));
        try {
          await Promise.reject(new Error('L6'));
        } catch (e) {
          console.log('L6-caught', e.message);
        }
        return 34;
      })().then((v) => console.log('L7', v), (e) => console.log('L7-rej', e.message));
    }, 'i', 9);
  }, 'x');
}, 100, 't');
setTimeout(() => {
  console.log('L8');
  (async () => {
    console.log('L9');
    console.log('L10', await tp.setTimeout(200, 5));
    return Promise.resolve(8);
  })().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
  tp.setImmediate(34).then((v) => {
    console.log('L12', v);
  });
}, 150);
queueMicrotask(() => {
  console.log('L13');
});
setTimeout((a0) => {
  console.log('L14', a0);
  queueMicrotask(() => {
    console.log('L15');
    setImmediate(() => {
      console.log('L16');
      Promise.resolve('c').then((v) => {
        console.log('L17', v);
      });
    });
    Promise.resolve(8).then((v) => {
      console.log('L18', v);
    });
  });
  setImmediate((a0) => {
    console.log('L19', a0);
    Promise.resolve('a').then((v) => {
      console.log('L20', v);
      process.nextTick((a0, a1) => {
        console.log('L21', a0, a1);
      }, 'x', 7);
    });
  }, 'i');
  (async () => {
    console.log('L22');
    console.log('L23', await 'a');
    (async () => {
      console.log('L24');
      console.log('L25', await 1);
      (async () => {
        console.log('L26');
        console.log('L27', await Promise.resolve(5));
        try {
          await Promise.reject(new Error('L28'));
        } catch (e) {
          console.log('L28-caught', e.message);
        }
        try {
          await Promise.reject(new Error('L29'));
        } catch (e) {
          console.log('L29-caught', e.message);
        }
        return await Promise.resolve('b');
      })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
      console.log('L31', await tp.setTimeout(250, 34));
      return 'b';
    })().then((v) => console.log('L32', v), (e) => console.log('L32-rej', e.message));
    console.log('L33', await new Promise((r) => setTimeout(r, 200, 8)));
    try {
      await Promise.reject(new Error('L34'));
    } catch (e) {
      console.log('L34-caught', e.message);
    }
    new Promise((r) => r('b'))
    .finally(() => {
      console.log('L35');
    })
    .then((v) => {
      console.log('L36', v);
      return { then(r) { console.log('L36-then'); r(8); } };
    }, (e) => {
      console.log('L36-rej', e.message);
      return 2;
    })
    .catch((e) => {
      console.log('L37', e.message);
      return Promise.resolve(1);
    })
    .then((v) => {
      console.log('L38', v);
      return Promise.resolve(2);
    });
    throw new Error('L22-throw');
  })().then((v) => console.log('L39', v));
}, 1, 't');
