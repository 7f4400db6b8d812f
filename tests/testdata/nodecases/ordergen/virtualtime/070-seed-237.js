// ordergen seed 237
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
setImmediate((a0, a1) => {
  console.log('L1', a0, a1);
}, 'i', 9);
(async () => {
  console.log('L2');
  try {
    await Promise.reject(new Error('L3'));
  } catch (e) {
    console.log('L3-caught', e.message);
  }
  setImmediate(() => {
    console.log('L4');
    throw new Error('L4-throw');
  });
  console.log('L5', await 2);
  tp.setImmediate(5).then((v) => {
    console.log('L6', v);
    process.nextTick((a0, a1) => {
      console.log('L7', a0, a1);
      Promise.reject(new Error('L8'));
    }, 'x', 7);
    new Promise((r) => r('c'))
    .then((v) => {
      console.log('L9', v);
      return { then(r) { console.log('L9-then'); r(13); } };
    })
    .then((v) => {
      console.log('L10', v);
      {
        let n2 = 0;
        const h1 = setInterval((x) => {
          n2++;
          console.log('L11', n2, x);
          if (n2 === 1) {
          }
          if (n2 === 3) clearInterval(h1);
        }, 100, 'iv');
      }
      return { then(r) { console.log('L10-then'); r(3); } };
    }, (e) => {
      console.log('L10-rej', e.message);
      return 3;
    })
    .then((v) => {
      console.log('L12', v);
      return { then(r) { console.log('L12-then'); r(34); } };
    }, (e) => {
      console.log('L12-rej', e.message);
      return 2;
    })
    .then((v) => {
      console.log('L13', v);
      return;
    }, (e) => {
      console.log('L13-rej', e.message);
      return 34;
    });
  });
  setTimeout(() => {
    console.log('L14');
    process.nextTick((a0) => {
      console.log('L15', a0);
      process.nextTick((a0, a1) => {
        console.log('L16', a0, a1);
      }, 'x', 7);
    }, 'x');
    throw new Error('L14-throw');
  }, 150).unref();
  Promise.reject(new Error('L17'))
  .catch((e) => {
    console.log('L18', e.message);
    return;
  })
  .catch((e) => {
    console.log('L19', e.message);
    return Promise.resolve(8);
  })
  .then((v) => {
    console.log('L20', v);
    return Promise.resolve('b');
  })
  .then((v) => {
    console.log('L21', v);
    setTimeout((a0) => {
      console.log('L22', a0);
    }, 400, 't');
    Promise.resolve(3).then((v) => {
      console.log('L23', v);
    });
    return 34;
  });
  return 34;
})().then((v) => console.log('L24', v), (e) => console.log('L24-rej', e.message));
new Promise((res, rej) => {
  console.log('L25');
  setImmediate(() => res(3));
}).then((v) => {
  console.log('L26', v);
  setTimeout((a0, a1) => {
    console.log('L27', a0, a1);
  }, 250, 1, 2);
  Promise.resolve('a').then((v) => {
    console.log('L28', v);
    process.nextTick((a0) => {
      console.log('L29', a0);
      new Promise((res, rej) => {
        console.log('L30');
        setImmediate(() => res(2));
      }).then((v) => {
        console.log('L31', v);
      }, (e) => console.log('L31-rej', e.message));
    }, 'x');
    tp.setImmediate('a').then((v) => {
      console.log('L32', v);
      new Promise((res, rej) => {
        console.log('L33');
        res(34);
      }).then((v) => {
        console.log('L34', v);
      }, (e) => console.log('L34-rej', e.message));
    });
  });
}, (e) => console.log('L26-rej', e.message));
setImmediate(() => {
  console.log('L35');
});
queueMicrotask(() => {
  console.log('L36');
});
