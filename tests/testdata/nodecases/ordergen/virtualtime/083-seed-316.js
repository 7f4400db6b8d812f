// ordergen seed 316
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
const c1 = setTimeout(() => console.log('L1-never'), 0);
process.nextTick(() => clearTimeout(c1));
Promise.reject(new Error('L2'))
.then((v) => {
  console.log('L3', v);
  throw new Error('L3-err');
})
.then((v) => {
  console.log('L4', v);
  return 34;
})
.then((v) => {
  console.log('L5', v);
  return Promise.resolve('c');
}, (e) => {
  console.log('L5-rej', e.message);
  return 34;
})
.finally(() => {
  console.log('L6');
  throw new Error('L6-fin');
})
.catch((e) => console.log('L7', e.message));
setTimeout((a0) => {
  console.log('L8', a0);
  queueMicrotask(() => {
    console.log('L9');
    Promise.resolve(21)
    .then((v) => {
      console.log('L10', v);
      return { then(r) { console.log('L10-then'); r('a'); } };
    })
    .finally(() => {
      console.log('L11');
    });
    throw new Error('L9-throw');
  });
}, 150, 't');
Promise.resolve(21)
.then((v) => {
  console.log('L12', v);
  return 'a';
}, (e) => {
  console.log('L12-rej', e.message);
  return 34;
})
.then((v) => {
  console.log('L13', v);
  return;
})
.catch((e) => {
  console.log('L14', e.message);
  return;
})
.catch((e) => console.log('L15', e.message));
setTimeout((a0, a1) => {
  console.log('L16', a0, a1);
  queueMicrotask(() => {
    console.log('L17');
    setTimeout((a0) => {
      console.log('L18', a0);
    }, 100, 't');
    new Promise((res, rej) => {
      console.log('L19');
      res(34);
    }).then((v) => {
      console.log('L20', v);
    }, (e) => console.log('L20-rej', e.message));
  });
  throw new Error('L16-throw');
}, 100, 1, 2).unref();
new Promise((res, rej) => {
  console.log('L21');
  process.nextTick(res, 'a');
}).then((v) => {
  console.log('L22', v);
}, (e) => console.log('L22-rej', e.message));
process.nextTick((a0) => {
  console.log('L23', a0);
  Promise.resolve(3).then((v) => {
    console.log('L24', v);
    new Promise((res, rej) => {
      console.log('L25');
      setTimeout(res, 250, 13);
    }).then((v) => {
      console.log('L26', v);
      setTimeout(() => {
        console.log('L27');
      }, 100);
    }, (e) => console.log('L26-rej', e.message));
  });
  const p2 = Promise.reject(new Error('L28'));
  queueMicrotask(() => p2.catch((e) => console.log('L28-late', e.message)));
  Promise.resolve(8).then((v) => {
    console.log('L29', v);
    (async () => {
      console.log('L30');
      console.log('L31', await tp.setTimeout(0, 3));
      try {
        await Promise.reject(new Error('L32'));
      } catch (e) {
        console.log('L32-caught', e.message);
      }
      return { then(r) { console.log('L30-ret'); r(1); } };
    })().then((v) => console.log('L33', v), (e) => console.log('L33-rej', e.message));
  });
}, 'x');
