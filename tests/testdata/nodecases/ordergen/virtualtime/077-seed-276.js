// ordergen seed 276
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
    process.nextTick((a0) => {
      console.log('L24', a0);
      let c4;
      setImmediate(() => {
        console.log('L25');
        clearImmediate(c4);
      });
      c4 = setImmediate(() => console.log('L26-never'));
      queueMicrotask(() => {
        console.log('L27');
      });
    }, 'x');
    queueMicrotask(() => {
      console.log('L28');
    });
  }
});
setTimeout(() => {
  console.log('L1');
}, 150);
Promise.resolve({ then(r) { console.log('L2'); r(2); } })
.then((v) => {
  console.log('L3', v);
  return 2;
})
.then((v) => {
  console.log('L4', v);
  return Promise.resolve(13);
})
.catch((e) => {
  console.log('L5', e.message);
  return { then(r) { console.log('L5-then'); r('a'); } };
});
Promise.resolve(21)
.catch((e) => {
  console.log('L6', e.message);
  return { then(r) { console.log('L6-then'); r(13); } };
})
.then((v) => {
  console.log('L7', v);
  {
    let n2 = 0;
    const h1 = setInterval((x) => {
      n2++;
      console.log('L8', n2, x);
      if (n2 === 1) {
      }
      if (n2 === 2) clearInterval(h1);
    }, 100, 'iv');
  }
  process.nextTick((a0) => {
    console.log('L9', a0);
  }, 'x');
  return { then(r) { console.log('L7-then'); r(5); } };
})
.then((v) => {
  console.log('L10', v);
  return 1;
}, (e) => {
  console.log('L10-rej', e.message);
  return 5;
})
.then((v) => {
  console.log('L11', v);
  return { then(r) { console.log('L11-then'); r(2); } };
});
Promise.resolve(1).then((v) => {
  console.log('L12', v);
  const p3 = Promise.reject(new Error('L13'));
  setTimeout(() => { console.log('L13-t'); p3.catch((e) => console.log('L13-late', e.message)); }, 400);
  setTimeout((a0, a1) => {
    console.log('L14', a0, a1);
  }, 300, 1, 2);
});
(async () => {
  console.log('L15');
  console.log('L16', await new Promise((r) => setTimeout(r, 350, 13)));
  queueMicrotask(() => {
    console.log('L17');
    setImmediate((a0, a1) => {
      console.log('L18', a0, a1);
      new Promise((res, rej) => {
        console.log('L19');
        res({ then(r) { console.log('L19-then'); r(5); } });
      }).then((v) => {
        console.log('L20', v);
      }, (e) => console.log('L20-rej', e.message));
    }, 'i', 9);
  });
  return await Promise.resolve(13);
})().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
process.nextTick((a0) => {
  console.log('L22', a0);
}, 'x');
process.nextTick(() => {
  console.log('L23');
});
