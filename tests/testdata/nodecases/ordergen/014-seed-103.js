// ordergen seed 103
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
    {
      let n4 = 0;
      const h3 = setInterval((x) => {
        n4++;
        console.log('L26', n4, x);
        if (n4 === 1) {
          (async () => {
            console.log('L27');
            console.log('L28', await tp.setImmediate(1));
            new Promise((res, rej) => {
              console.log('L29');
              process.nextTick(res, 'a');
            }).then((v) => {
              console.log('L30', v);
            }, (e) => console.log('L30-rej', e.message));
            return Promise.resolve(21);
          })().then((v) => console.log('L31', v), (e) => console.log('L31-rej', e.message));
        }
        if (n4 === 2) clearInterval(h3);
      }, 100, 'iv');
    }
  }
});
new Promise((r) => r(8))
.catch((e) => {
  console.log('L1', e.message);
  setImmediate((a0, a1) => {
    console.log('L2', a0, a1);
    queueMicrotask(() => {
      console.log('L3');
      Promise.resolve(8).then((v) => {
        console.log('L4', v);
      });
    });
  }, 'i', 9);
  clearImmediate(setImmediate(() => console.log('L5-never')));
  clearImmediate(undefined);
  setTimeout((a0) => {
    console.log('L6', a0);
    const p1 = Promise.reject(new Error('L7'));
    queueMicrotask(() => p1.catch((e) => console.log('L7-late', e.message)));
    Promise.reject(new Error('L8'));
  }, 100, 't');
  throw new Error('L1-err');
})
.then((v) => {
  console.log('L9', v);
  return;
})
.catch((e) => console.log('L10', e.message));
new Promise((res, rej) => {
  console.log('L11');
  res(Promise.resolve(2));
}).then((v) => {
  console.log('L12', v);
  process.nextTick(() => {
    console.log('L13');
  });
  process.nextTick((a0, a1) => {
    console.log('L14', a0, a1);
    setImmediate((a0) => {
      console.log('L15', a0);
    }, 'i');
  }, 'x', 7);
}, (e) => console.log('L12-rej', e.message));
let c2;
setImmediate(() => {
  console.log('L16');
  clearImmediate(c2);
});
c2 = setImmediate(() => console.log('L17-never'));
(async () => { console.log('L18-body'); throw new Error('L18'); })();
Promise.resolve(3)
.then((v) => {
  console.log('L19', v);
  setImmediate((a0) => {
    console.log('L20', a0);
    process.exitCode = 2;
    queueMicrotask(() => {
      console.log('L21');
    });
  }, 'i');
  return;
})
.catch((e) => {
  console.log('L22', e.message);
  return Promise.resolve(13);
})
.catch((e) => console.log('L23', e.message));
setImmediate(() => {
  console.log('L24');
});
tp.setImmediate(3).then((v) => {
  console.log('L25', v);
});
