// ordergen seed 355
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  {
    let n2 = 0;
    const h1 = setInterval((x) => {
      n2++;
      console.log('L2', n2, x);
      if (n2 === 1) {
        const p3 = Promise.reject(new Error('L3'));
        setTimeout(() => { console.log('L3-t'); p3.catch((e) => console.log('L3-late', e.message)); }, 250);
        Promise.resolve(3).then((v) => {
          console.log('L4', v);
        });
      }
      if (n2 === 2) clearInterval(h1);
    }, 100, 'iv');
  }
});
(async () => { console.log('L5-body'); throw new Error('L5'); })();
Promise.resolve(34).then((v) => {
  console.log('L6', v);
  setImmediate((a0) => {
    console.log('L7', a0);
  }, 'i').unref();
  (async () => {
    console.log('L8');
    console.log('L9', await Promise.resolve(21));
    return 34;
  })().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
  Promise.resolve(13).then((v) => {
    console.log('L11', v);
    (async () => {
      console.log('L12');
      console.log('L13', await tp.setTimeout(300, 'b'));
      console.log('L14', await tp.setTimeout(150, 2));
      console.log('L15', await { then(r) { console.log('L15-then'); r(34); } });
      setTimeout((a0, a1) => {
        console.log('L16', a0, a1);
      }, 0, 1, 2);
      throw new Error('L12-throw');
    })().then((v) => console.log('L17', v), (e) => console.log('L17-rej', e.message));
  });
});
queueMicrotask(() => {
  console.log('L18');
});
process.nextTick((a0, a1) => {
  console.log('L19', a0, a1);
  queueMicrotask(() => {
    console.log('L20');
    tp.setTimeout(400, 1).then((v) => {
      console.log('L21', v);
      queueMicrotask(() => {
        console.log('L22');
      });
    });
  });
  process.nextTick((a0) => {
    console.log('L23', a0);
  }, 'x');
  throw new Error('L19-throw');
}, 'x', 7);
clearTimeout(setTimeout(() => console.log('L24-never'), 50));
clearTimeout(42);
const p4 = Promise.reject(new Error('L25'));
queueMicrotask(() => p4.catch((e) => console.log('L25-late', e.message)));
