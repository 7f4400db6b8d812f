// ordergen seed 273
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
new Promise((res, rej) => {
  console.log('L1');
  setTimeout(res, 100, 8);
}).then((v) => {
  console.log('L2', v);
  const c1 = setTimeout(() => console.log('L3-never'), 1);
  process.nextTick(() => clearTimeout(c1));
  tp.setTimeout(200, 21).then((v) => {
    console.log('L4', v);
  });
  queueMicrotask(() => {
    console.log('L5');
    (async () => { console.log('L6-body'); throw new Error('L6'); })();
    queueMicrotask(() => {
      console.log('L7');
    });
  });
}, (e) => console.log('L2-rej', e.message));
queueMicrotask(() => {
  console.log('L8');
  setTimeout((a0, a1) => {
    console.log('L9', a0, a1);
  }, 150, 1, 2);
  process.exitCode = 4;
  throw new Error('L8-throw');
});
Promise.reject(new Error('L10'));
queueMicrotask(() => {
  console.log('L11');
  (async () => {
    console.log('L12');
    console.log('L13', await tp.setTimeout(200, 'a'));
    (async () => {
      console.log('L14');
      console.log('L15', await Promise.resolve(2));
      console.log('L16', await tp.setTimeout(150, 'b'));
      console.log('L17', await tp.setTimeout(50, 1));
      Promise.resolve('b').then((v) => {
        console.log('L18', v);
      });
      return { then(r) { console.log('L14-ret'); r(13); } };
    })().then((v) => console.log('L19', v), (e) => console.log('L19-rej', e.message));
    setImmediate((a0) => {
      console.log('L20', a0);
    }, 'i');
    console.log('L21', await tp.setImmediate(13));
    Promise.resolve().then(() => { console.log('L22-then'); throw new Error('L22'); });
    setTimeout((a0) => {
      console.log('L23', a0);
    }, 350, 't');
    console.log('L24', await Promise.resolve(5));
    return 'a';
  })().then((v) => console.log('L25', v), (e) => console.log('L25-rej', e.message));
});
(async () => {
  console.log('L26');
  console.log('L27', await new Promise((r) => setTimeout(r, 500, 'c')));
  console.log('L28', await 1);
  return Promise.resolve(21);
})().then((v) => console.log('L29', v));
