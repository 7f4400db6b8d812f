// ordergen seed 78
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
});
Promise.resolve({ then(r) { console.log('L2'); r(13); } })
.then((v) => {
  console.log('L3', v);
  throw new Error('L3-err');
})
.then((v) => {
  console.log('L4', v);
  return 21;
})
.then((v) => {
  console.log('L5', v);
  return { then(r) { console.log('L5-then'); r(8); } };
}, (e) => {
  console.log('L5-rej', e.message);
  return 3;
})
.catch((e) => console.log('L6', e.message));
(async () => {
  console.log('L7');
  console.log('L9', await new Promise((r) => setTimeout(r, 0, 13)));
  throw new Error('L7-throw');
})().then((v) => console.log('L10', v), (e) => console.log('L10-rej', e.message));
let c1;
setTimeout(() => {
  console.log('L11');
  clearTimeout(c1);
}, 150);
c1 = setTimeout(() => console.log('L12-never'), 150);
setTimeout((a0, a1) => {
  console.log('L13', a0, a1);
  Promise.resolve(3).then((v) => {
    console.log('L14', v);
    setImmediate((a0, a1) => {
      console.log('L15', a0, a1);
    }, 'i', 9);
    tp.setTimeout(250, 8).then((v) => {
      console.log('L16', v);
    });
  });
  new Promise((res, rej) => {
    console.log('L17');
    queueMicrotask(() => rej(new Error('L17-rej')));
  }).then((v) => {
    console.log('L18', v);
    Promise.resolve(21).then((v) => {
      console.log('L19', v);
    });
    {
      let n3 = 0;
      const h2 = setInterval((x) => {
        n3++;
        console.log('L20', n3, x);
        if (n3 === 1) {
        }
        if (n3 === 3) clearInterval(h2);
      }, 100, 'iv');
    }
  }, (e) => console.log('L18-rej', e.message));
}, 100, 1, 2);
let c4;
setTimeout(() => {
  console.log('L21');
  clearTimeout(c4);
}, 450);
c4 = setTimeout(() => console.log('L22-never'), 450);
