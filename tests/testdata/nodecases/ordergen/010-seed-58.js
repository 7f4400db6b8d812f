// ordergen seed 58
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
    setTimeout((a0) => {
      console.log('L32', a0);
    }, 0, 't');
    tp.setTimeout(150, 21).then((v) => {
      console.log('L33', v);
      Promise.resolve(5).then((v) => {
        console.log('L34', v);
        setImmediate((a0) => {
          console.log('L35', a0);
        }, 'i');
      });
    });
  }
});
Promise.reject(new Error('L1'))
.then((v) => {
  console.log('L2', v);
  setTimeout((a0, a1) => {
    console.log('L3', a0, a1);
    (async () => {
      console.log('L4');
      console.log('L5', await tp.setImmediate(2));
      console.log('L6', await tp.setTimeout(50, 'b'));
      throw new Error('L4-throw');
    })().then((v) => console.log('L7', v), (e) => console.log('L7-rej', e.message));
    setTimeout(() => {
      console.log('L8');
      setImmediate((a0) => {
        console.log('L9', a0);
      }, 'i');
    }, 100);
    throw new Error('L3-throw');
  }, 100, 1, 2);
  queueMicrotask(() => {
    console.log('L10');
    process.nextTick((a0) => {
      console.log('L11', a0);
      const p1 = Promise.reject(new Error('L12'));
      setTimeout(() => { console.log('L12-t'); p1.catch((e) => console.log('L12-late', e.message)); }, 250);
    }, 'x');
    tp.setTimeout(0, 'b').then((v) => {
      console.log('L13', v);
      process.nextTick((a0) => {
        console.log('L14', a0);
      }, 'x');
    });
  });
  return;
})
.then((v) => {
  console.log('L15', v);
  return Promise.resolve('b');
})
.finally(() => {
  console.log('L16');
})
.then((v) => {
  console.log('L17', v);
  return 5;
});
new Promise((res, rej) => {
  console.log('L18');
  res(1);
}).then((v) => {
  console.log('L19', v);
}, (e) => console.log('L19-rej', e.message));
queueMicrotask(() => {
  console.log('L20');
  Promise.resolve('c').then((v) => {
    console.log('L21', v);
    setTimeout((a0) => {
      console.log('L22', a0);
      process.nextTick((a0) => {
        console.log('L23', a0);
      }, 'x');
    }, 400, 't');
    (async () => {
      console.log('L24');
      console.log('L25', await 5);
      try {
        await Promise.reject(new Error('L26'));
      } catch (e) {
        console.log('L26-caught', e.message);
      }
      console.log('L27', await 21);
      process.nextTick((a0, a1) => {
        console.log('L28', a0, a1);
      }, 'x', 7);
      return await Promise.resolve(8);
    })().then((v) => console.log('L29', v));
  });
});
Promise.resolve('c').then((v) => {
  console.log('L30', v);
});
queueMicrotask(() => {
  console.log('L31');
});
