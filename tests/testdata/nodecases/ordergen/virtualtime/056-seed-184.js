// ordergen seed 184
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
tp.setTimeout(250, 34).then((v) => {
  console.log('L1', v);
  (async () => {
    console.log('L2');
    console.log('L3', await 'c');
    try {
      await Promise.reject(new Error('L4'));
    } catch (e) {
      console.log('L4-caught', e.message);
    }
    setImmediate((a0, a1) => {
      console.log('L5', a0, a1);
      new Promise((res, rej) => {
        console.log('L6');
        res(2);
      }).then((v) => {
        console.log('L7', v);
      }, (e) => console.log('L7-rej', e.message));
    }, 'i', 9);
    throw new Error('L2-throw');
  })().then((v) => console.log('L8', v), (e) => console.log('L8-rej', e.message));
});
let c1;
setTimeout(() => {
  console.log('L9');
  clearTimeout(c1);
}, 100);
c1 = setTimeout(() => console.log('L10-never'), 100);
new Promise((res, rej) => {
  console.log('L11');
  process.nextTick(res, 13);
}).then((v) => {
  console.log('L12', v);
  tp.setTimeout(200, 'a').then((v) => {
    console.log('L13', v);
    process.nextTick(() => {
      console.log('L14');
    });
    queueMicrotask(() => {
      console.log('L15');
    });
  });
  tp.setTimeout(0, 21).then((v) => {
    console.log('L16', v);
  });
}, (e) => console.log('L12-rej', e.message));
process.nextTick(() => {
  console.log('L17');
  setTimeout(() => {
    console.log('L18');
    (async () => {
      console.log('L19');
      console.log('L20', await new Promise((r) => setTimeout(r, 100, 5)));
      console.log('L21', await { then(r) { console.log('L21-then'); r('c'); } });
      return await Promise.resolve(1);
    })().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
    Promise.resolve('b').then((v) => {
      console.log('L23', v);
    });
  }, 300);
});
setTimeout(() => {
  console.log('L24');
  setImmediate((a0, a1) => {
    console.log('L25', a0, a1);
  }, 'i', 9).unref();
  (async () => {
    console.log('L26');
    console.log('L27', await Promise.resolve(5));
    (async () => {
      console.log('L28');
      console.log('L29', await Promise.resolve(2));
      return Promise.resolve(1);
    })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
    Promise.resolve('c').then((v) => {
      console.log('L31', v);
    });
    return Promise.resolve(5);
  })().then((v) => console.log('L32', v));
  queueMicrotask(() => {
    console.log('L33');
    Promise.resolve(1).then((v) => {
      console.log('L34', v);
    });
  });
}, 150);
new Promise((res, rej) => {
  console.log('L35');
  queueMicrotask(() => rej(new Error('L35-rej')));
}).then((v) => {
  console.log('L36', v);
}, (e) => console.log('L36-rej', e.message));
const p2 = Promise.reject(new Error('L37'));
setTimeout(() => { console.log('L37-t'); p2.catch((e) => console.log('L37-late', e.message)); }, 500);
