// ordergen seed 272
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
(async () => {
  console.log('L1');
  console.log('L2', await tp.setTimeout(150, 13));
  console.log('L3', await 34);
  return await Promise.resolve(8);
})().then((v) => console.log('L4', v));
setTimeout((a0) => {
  console.log('L5', a0);
}, 1, 't');
Promise.resolve(8).then((v) => {
  console.log('L6', v);
  setTimeout((a0) => {
    console.log('L7', a0);
  }, 300, 't');
  tp.setTimeout(350, 21).then((v) => {
    console.log('L8', v);
  });
});
process.nextTick((a0) => {
  console.log('L9', a0);
}, 'x');
tp.setTimeout(200, 21).then((v) => {
  console.log('L10', v);
  (async () => {
    console.log('L11');
    console.log('L12', await tp.setImmediate(21));
    console.log('L13', await tp.setTimeout(250, 13));
    const p1 = Promise.reject(new Error('L14'));
    queueMicrotask(() => p1.catch((e) => console.log('L14-late', e.message)));
    Promise.reject(new Error('L15'))
    .then((v) => {
      console.log('L16', v);
      throw new Error('L16-err');
    }, (e) => {
      console.log('L16-rej', e.message);
      return 3;
    })
    .finally(() => {
      console.log('L17');
      throw new Error('L17-fin');
    })
    .catch((e) => console.log('L18', e.message));
    console.log('L19', await tp.setImmediate(13));
    setTimeout(() => {
      console.log('L20');
    }, 50);
    return Promise.resolve(8);
  })().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
});
process.nextTick(() => {
  console.log('L22');
  let c2;
  setTimeout(() => {
    console.log('L23');
    clearTimeout(c2);
  }, 400);
  c2 = setTimeout(() => console.log('L24-never'), 400);
  let c3;
  setTimeout(() => {
    console.log('L25');
    clearTimeout(c3);
  }, 550);
  c3 = setTimeout(() => console.log('L26-never'), 550);
  tp.setTimeout(250, 1).then((v) => {
    console.log('L27', v);
  });
});
setTimeout((a0) => {
  console.log('L28', a0);
  new Promise((res, rej) => {
    console.log('L29');
    res(Promise.resolve(1));
  }).then((v) => {
    console.log('L30', v);
    Promise.resolve(3)
    .then((v) => {
      console.log('L31', v);
      return Promise.resolve('c');
    })
    .then((v) => {
      console.log('L32', v);
      throw new Error('L32-err');
    })
    .catch((e) => console.log('L33', e.message));
    new Promise((r) => r(21))
    .then((v) => {
      console.log('L34', v);
      return { then(r) { console.log('L34-then'); r(34); } };
    })
    .then((v) => {
      console.log('L35', v);
      return { then(r) { console.log('L35-then'); r('c'); } };
    }, (e) => {
      console.log('L35-rej', e.message);
      return 5;
    })
    .then((v) => {
      console.log('L36', v);
      return Promise.resolve(34);
    })
    .catch((e) => console.log('L37', e.message));
  }, (e) => console.log('L30-rej', e.message));
}, 100, 't');
