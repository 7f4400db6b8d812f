// ordergen seed 138
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
new Promise((res, rej) => {
  console.log('L1');
  res({ then(r) { console.log('L1-then'); r(2); } });
}).then((v) => {
  console.log('L2', v);
}, (e) => console.log('L2-rej', e.message));
process.exitCode = 4;
new Promise((res, rej) => {
  console.log('L3');
  rej(new Error('L3-rej'));
}).then((v) => {
  console.log('L4', v);
}, (e) => console.log('L4-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L5', a0, a1);
  setTimeout(() => {
    console.log('L6');
    Promise.resolve('b').then((v) => {
      console.log('L7', v);
      setTimeout(() => {
        console.log('L8');
      }, 0);
    });
    setTimeout((a0) => {
      console.log('L9', a0);
      Promise.resolve(3).then((v) => {
        console.log('L10', v);
      });
      throw new Error('L9-throw');
    }, 50, 't');
  }, 200);
}, 200, 1, 2);
setTimeout((a0) => {
  console.log('L11', a0);
}, 300, 't').unref();
(async () => {
  console.log('L12');
  console.log('L13', await { then(r) { console.log('L13-then'); r(13); } });
  console.log('L14', await new Promise((r) => setTimeout(r, 1, 5)));
  return { then(r) { console.log('L12-ret'); r(13); } };
})().then((v) => console.log('L15', v));
setTimeout((a0, a1) => {
  console.log('L16', a0, a1);
  process.nextTick((a0, a1) => {
    console.log('L17', a0, a1);
    Promise.resolve('b').then((v) => {
      console.log('L18', v);
    });
    process.nextTick((a0, a1) => {
      console.log('L19', a0, a1);
    }, 'x', 7);
    throw new Error('L17-throw');
  }, 'x', 7);
  clearImmediate(setImmediate(() => console.log('L20-never')));
  clearImmediate(undefined);
  process.nextTick((a0) => {
    console.log('L21', a0);
    {
      let n2 = 0;
      const h1 = setInterval((x) => {
        n2++;
        console.log('L22', n2, x);
        if (n2 === 1) {
          queueMicrotask(() => {
            console.log('L23');
          });
        }
        if (n2 === 2) clearInterval(h1);
      }, 100, 'iv');
    }
  }, 'x');
}, 150, 1, 2);
