// ordergen seed 95
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setImmediate((a0) => {
  console.log('L1', a0);
  queueMicrotask(() => {
    console.log('L2');
    process.nextTick(() => {
      console.log('L3');
      Promise.resolve(34).then((v) => {
        console.log('L4', v);
      });
    });
  });
}, 'i');
queueMicrotask(() => {
  console.log('L5');
  tp.setTimeout(250, 'a').then((v) => {
    console.log('L6', v);
    setTimeout(() => {
      console.log('L7');
    });
  });
  setTimeout((a0, a1) => {
    console.log('L8', a0, a1);
    new Promise((res, rej) => {
      console.log('L9');
      res(Promise.resolve(2));
    }).then((v) => {
      console.log('L10', v);
    }, (e) => console.log('L10-rej', e.message));
  }, 150, 1, 2);
  throw new Error('L5-throw');
});
new Promise((res, rej) => {
  console.log('L11');
  process.nextTick(res, 2);
}).then((v) => {
  console.log('L12', v);
  new Promise((res, rej) => {
    console.log('L13');
    res(2);
  }).then((v) => {
    console.log('L14', v);
    new Promise((res, rej) => {
      console.log('L15');
      res(3);
    }).then((v) => {
      console.log('L16', v);
      Promise.reject(new Error('L17'))
      .then((v) => {
        console.log('L18', v);
        throw new Error('L18-err');
      }, (e) => {
        console.log('L18-rej', e.message);
        return 8;
      })
      .finally(() => {
        console.log('L19');
      });
    }, (e) => console.log('L16-rej', e.message));
    Promise.resolve(3).then((v) => {
      console.log('L20', v);
      {
        let n2 = 0;
        const h1 = setInterval((x) => {
          n2++;
          console.log('L21', n2, x);
          if (n2 === 1) {
          }
          if (n2 === 2) clearInterval(h1);
        }, 100, 'iv');
      }
    });
  }, (e) => console.log('L14-rej', e.message));
}, (e) => console.log('L12-rej', e.message));
