// ordergen seed 114
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.nextTick((a0) => {
      console.log('L31', a0);
      const p3 = Promise.reject(new Error('L32'));
      queueMicrotask(() => p3.catch((e) => console.log('L32-late', e.message)));
    }, 'x');
  }
});
queueMicrotask(() => {
  console.log('L1');
  Promise.resolve().then(() => { console.log('L2-then'); throw new Error('L2'); });
  (async () => {
    console.log('L3');
    console.log('L4', await { then(r) { console.log('L4-then'); r(8); } });
    throw new Error('L3-throw');
  })().then((v) => console.log('L5', v), (e) => console.log('L5-rej', e.message));
});
{
  let n2 = 0;
  const h1 = setInterval((x) => {
    n2++;
    console.log('L6', n2, x);
    if (n2 === 1) {
      process.exitCode = 2;
      setImmediate(() => {
        console.log('L7');
        throw new Error('L7-throw');
      });
    }
    if (n2 === 2) clearInterval(h1);
  }, 100, 'iv');
}
setTimeout(() => {
  console.log('L8');
}, 250);
queueMicrotask(() => {
  console.log('L9');
  setTimeout(() => {
    console.log('L10');
  }, 300);
  (async () => {
    console.log('L11');
    console.log('L12', await tp.setImmediate(3));
    (async () => {
      console.log('L13');
      console.log('L14', await 3);
      console.log('L15', await new Promise((r) => setTimeout(r, 450, 21)));
      (async () => {
        console.log('L16');
        console.log('L17', await tp.setImmediate('c'));
        console.log('L18', await { then(r) { console.log('L18-then'); r(13); } });
        console.log('L19', await Promise.resolve('a'));
        throw new Error('L16-throw');
      })().then((v) => console.log('L20', v), (e) => console.log('L20-rej', e.message));
      return await Promise.resolve(34);
    })().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
    setTimeout((a0, a1) => {
      console.log('L22', a0, a1);
    }, 500, 1, 2);
    throw new Error('L11-throw');
  })().then((v) => console.log('L23', v));
  tp.setTimeout(400, 'a').then((v) => {
    console.log('L24', v);
    (async () => {
      console.log('L25');
      console.log('L26', await tp.setImmediate(13));
      (async () => { console.log('L27-body'); throw new Error('L27'); })();
      return 'b';
    })().then((v) => console.log('L28', v));
    setTimeout(() => {
      console.log('L29');
      queueMicrotask(() => {
        console.log('L30');
      });
    }, 150);
  });
});
