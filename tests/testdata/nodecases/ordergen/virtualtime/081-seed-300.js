// ordergen seed 300
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
    Promise.resolve(3).then((v) => {
      console.log('L31', v);
    });
    process.nextTick(() => {
      console.log('L32');
      process.nextTick(() => {
        console.log('L33');
        setImmediate(() => {
          console.log('L34');
        });
      });
      throw new Error('L32-throw');
    });
  }
});
(async () => {
  console.log('L1');
  console.log('L2', await new Promise((r) => setTimeout(r, 250, 21)));
  queueMicrotask(() => {
    console.log('L3');
    setImmediate((a0) => {
      console.log('L4', a0);
      const c1 = setTimeout(() => console.log('L5-never'), 0);
      process.nextTick(() => clearTimeout(c1));
    }, 'i');
  });
  Promise.reject(new Error('L6'))
  .finally(() => {
    console.log('L7');
  })
  .then((v) => {
    console.log('L8', v);
    return { then(r) { console.log('L8-then'); r(8); } };
  }, (e) => {
    console.log('L8-rej', e.message);
    return 'c';
  })
  .catch((e) => console.log('L9', e.message));
  tp.setImmediate(5).then((v) => {
    console.log('L10', v);
  });
  try {
    await Promise.reject(new Error('L11'));
  } catch (e) {
    console.log('L11-caught', e.message);
  }
  console.log('L12', await { then(r) { console.log('L12-then'); r(8); } });
  return 8;
})().then((v) => console.log('L13', v));
tp.setTimeout(100, 'b').then((v) => {
  console.log('L14', v);
  setTimeout(() => {
    console.log('L15');
    {
      let n3 = 0;
      const h2 = setInterval((x) => {
        n3++;
        console.log('L16', n3, x);
        if (n3 === 1) {
          Promise.resolve('c').then((v) => {
            console.log('L17', v);
          });
        }
        if (n3 === 3) clearInterval(h2);
      }, 100, 'iv');
    }
    setTimeout((a0) => {
      console.log('L18', a0);
      tp.setTimeout(50, 5).then((v) => {
        console.log('L19', v);
      });
    }, 400, 't');
  }, 0);
});
process.nextTick(() => {
  console.log('L20');
  {
    let n5 = 0;
    const h4 = setInterval((x) => {
      n5++;
      console.log('L21', n5, x);
      if (n5 === 1) {
      }
      if (n5 === 3) clearInterval(h4);
    }, 0, 'iv');
  }
  (async () => {
    console.log('L22');
    return 'c';
  })().then((v) => console.log('L25', v));
  queueMicrotask(() => {
    console.log('L26');
  });
});
new Promise((res, rej) => {
  console.log('L27');
  process.nextTick(res, 'b');
}).then((v) => {
  console.log('L28', v);
}, (e) => console.log('L28-rej', e.message));
clearTimeout(setTimeout(() => console.log('L29-never'), 1));
clearTimeout(42);
process.nextTick((a0) => {
  console.log('L30', a0);
}, 'x');
