// ordergen seed 88
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
      console.log('L5');
      console.log('L6', await new Promise((r) => setTimeout(r, 150, 34)));
      Promise.resolve(2).then((v) => {
        console.log('L7', v);
      });
      (async () => {
        console.log('L8');
        console.log('L9', await Promise.resolve(8));
        console.log('L10', await new Promise((r) => setTimeout(r, 0, 13)));
        (async () => {
          console.log('L11');
          console.log('L12', await { then(r) { console.log('L12-then'); r(34); } });
          console.log('L13', await new Promise((r) => setTimeout(r, 50, 2)));
          throw new Error('L11-throw');
        })().then((v) => console.log('L14', v), (e) => console.log('L14-rej', e.message));
        console.log('L15', await 'a');
        return await Promise.resolve('a');
      })().then((v) => console.log('L16', v), (e) => console.log('L16-rej', e.message));
      console.log('L17', await new Promise((r) => setTimeout(r, 100, 5)));
      console.log('L18', await 'b');
      (async () => {
        console.log('L19');
        try {
          await Promise.reject(new Error('L20'));
        } catch (e) {
          console.log('L20-caught', e.message);
        }
        return await Promise.resolve(8);
      })().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
      new Promise((res, rej) => {
        console.log('L22');
        setTimeout(res, 0, 'b');
      }).then((v) => {
        console.log('L23', v);
      }, (e) => console.log('L23-rej', e.message));
      return { then(r) { console.log('L5-ret'); r(3); } };
    })().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
    (async () => {
      console.log('L25');
      console.log('L26', await new Promise((r) => setTimeout(r, 300, 21)));
      return Promise.resolve(21);
    })().then((v) => console.log('L27', v), (e) => console.log('L27-rej', e.message));
  }
});
process.nextTick((a0, a1) => {
  console.log('L1', a0, a1);
}, 'x', 7);
clearTimeout(setTimeout(() => console.log('L2-never'), 50));
clearTimeout(undefined);
setTimeout(() => {
  console.log('L3');
  throw new Error('L3-throw');
}, 250);
setTimeout(() => {
  console.log('L4');
}, 200).unref();
