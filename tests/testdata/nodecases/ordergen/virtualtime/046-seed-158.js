// ordergen seed 158
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
(async () => { console.log('L1-body'); throw new Error('L1'); })();
setTimeout((a0, a1) => {
  console.log('L2', a0, a1);
}, 0, 1, 2);
queueMicrotask(() => {
  console.log('L3');
  let c1;
  setTimeout(() => {
    console.log('L4');
    clearTimeout(c1);
  }, 150);
  c1 = setTimeout(() => console.log('L5-never'), 150);
  setTimeout((a0, a1) => {
    console.log('L6', a0, a1);
    process.nextTick((a0, a1) => {
      console.log('L7', a0, a1);
      {
        let n3 = 0;
        const h2 = setInterval((x) => {
          n3++;
          console.log('L8', n3, x);
          if (n3 === 1) {
          }
          if (n3 === 3) clearInterval(h2);
        }, 100, 'iv');
      }
    }, 'x', 7);
    Promise.resolve({ then(r) { console.log('L9'); r(1); } })
    .then((v) => {
      console.log('L10', v);
      return 34;
    })
    .then((v) => {
      console.log('L11', v);
      return 1;
    }, (e) => {
      console.log('L11-rej', e.message);
      return 5;
    })
    .finally(() => {
      console.log('L12');
    })
    .catch((e) => {
      console.log('L13', e.message);
      throw new Error('L13-err');
    })
    .catch((e) => console.log('L14', e.message));
  }, 200, 1, 2);
});
setTimeout((a0, a1) => {
  console.log('L15', a0, a1);
  setTimeout((a0) => {
    console.log('L16', a0);
    new Promise((res, rej) => {
      console.log('L17');
      res({ then(r) { console.log('L17-then'); r(2); } });
    }).then((v) => {
      console.log('L18', v);
    }, (e) => console.log('L18-rej', e.message));
    setImmediate((a0) => {
      console.log('L19', a0);
    }, 'i');
    throw new Error('L16-throw');
  }, 250, 't');
}, 100, 1, 2);
