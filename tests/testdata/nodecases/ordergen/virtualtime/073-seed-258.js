// ordergen seed 258
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
    setImmediate((a0, a1) => {
      console.log('L23', a0, a1);
      {
        let n4 = 0;
        const h3 = setInterval((x) => {
          n4++;
          console.log('L24', n4, x);
          if (n4 === 1) {
          }
          if (n4 === 2) clearInterval(h3);
        }, 50, 'iv');
      }
    }, 'i', 9);
  }
});
queueMicrotask(() => {
  console.log('L1');
  throw new Error('L1-throw');
});
tp.setTimeout(200, 1).then((v) => {
  console.log('L2', v);
  {
    let n2 = 0;
    const h1 = setInterval((x) => {
      n2++;
      console.log('L3', n2, x);
      if (n2 === 1) {
      }
      if (n2 === 4) clearInterval(h1);
    }, 50, 'iv');
  }
});
setImmediate((a0, a1) => {
  console.log('L4', a0, a1);
  (async () => {
    console.log('L5');
    console.log('L6', await { then(r) { console.log('L6-then'); r(13); } });
    Promise.resolve('b').then((v) => {
      console.log('L7', v);
      tp.setTimeout(100, 'c').then((v) => {
        console.log('L8', v);
      });
    });
    Promise.resolve('b').then((v) => {
      console.log('L9', v);
    });
    console.log('L10', await { then(r) { console.log('L10-then'); r(1); } });
    console.log('L11', await Promise.resolve(1));
    return await Promise.resolve(2);
  })().then((v) => console.log('L12', v), (e) => console.log('L12-rej', e.message));
  process.nextTick((a0, a1) => {
    console.log('L13', a0, a1);
    process.nextTick((a0, a1) => {
      console.log('L14', a0, a1);
      process.nextTick((a0) => {
        console.log('L15', a0);
      }, 'x');
      throw new Error('L14-throw');
    }, 'x', 7);
  }, 'x', 7);
  Promise.resolve(1).then((v) => {
    console.log('L16', v);
    process.nextTick((a0, a1) => {
      console.log('L17', a0, a1);
    }, 'x', 7);
    Promise.resolve({ then(r) { console.log('L18'); r(13); } })
    .catch((e) => {
      console.log('L19', e.message);
      return { then(r) { console.log('L19-then'); r('b'); } };
    })
    .catch((e) => {
      console.log('L20', e.message);
      return;
    })
    .then((v) => {
      console.log('L21', v);
      return 'c';
    })
    .catch((e) => console.log('L22', e.message));
  });
}, 'i', 9);
