// ordergen seed 174
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    new Promise((res, rej) => {
      console.log('L42');
      process.nextTick(res, 21);
    }).then((v) => {
      console.log('L43', v);
      setTimeout((a0) => {
        console.log('L44', a0);
        setImmediate((a0, a1) => {
          console.log('L45', a0, a1);
        }, 'i', 9);
      }, 50, 't');
    }, (e) => console.log('L43-rej', e.message));
    process.nextTick(() => {
      console.log('L46');
      process.nextTick((a0, a1) => {
        console.log('L47', a0, a1);
      }, 'x', 7);
    });
  }
});
Promise.resolve(2)
.finally(() => {
  console.log('L1');
})
.then((v) => {
  console.log('L2', v);
  setTimeout((a0) => {
    console.log('L3', a0);
    setImmediate((a0, a1) => {
      console.log('L4', a0, a1);
      process.nextTick(() => {
        console.log('L5');
      });
    }, 'i', 9);
    setImmediate((a0, a1) => {
      console.log('L6', a0, a1);
      const p1 = Promise.reject(new Error('L7'));
      queueMicrotask(() => p1.catch((e) => console.log('L7-late', e.message)));
    }, 'i', 9).unref();
  }, 200, 't').unref();
  tp.setImmediate('a').then((v) => {
    console.log('L8', v);
  });
  return Promise.resolve(1);
})
.catch((e) => console.log('L9', e.message));
setImmediate((a0) => {
  console.log('L10', a0);
}, 'i');
setTimeout(() => {
  console.log('L11');
  tp.setTimeout(250, 5).then((v) => {
    console.log('L12', v);
    {
      let n3 = 0;
      const h2 = setInterval((x) => {
        n3++;
        console.log('L13', n3, x);
        if (n3 === 1) {
          setImmediate(() => {
            console.log('L14');
            throw new Error('L14-throw');
          });
        }
        if (n3 === 4) clearInterval(h2);
      }, 0, 'iv');
    }
  });
  process.nextTick(() => {
    console.log('L15');
    new Promise((res, rej) => {
      console.log('L16');
      res('b');
    }).then((v) => {
      console.log('L17', v);
    }, (e) => console.log('L17-rej', e.message));
  });
  (async () => {
    console.log('L18');
    try {
      await Promise.reject(new Error('L19'));
    } catch (e) {
      console.log('L19-caught', e.message);
    }
    console.log('L20', await { then(r) { console.log('L20-then'); r('c'); } });
    throw new Error('L18-throw');
  })().then((v) => console.log('L21', v), (e) => console.log('L21-rej', e.message));
}, 150);
(async () => {
  console.log('L22');
  console.log('L23', await new Promise((r) => setTimeout(r, 250, 'b')));
  {
    let n5 = 0;
    const h4 = setInterval((x) => {
      n5++;
      console.log('L24', n5, x);
      if (n5 === 1) {
        tp.setTimeout(250, 'a').then((v) => {
          console.log('L25', v);
        });
        clearImmediate(setImmediate(() => console.log('L26-never')));
        clearImmediate(undefined);
      }
      if (n5 === 4) clearInterval(h4);
    }, 0, 'iv');
  }
  console.log('L27', await 3);
  (async () => {
    console.log('L28');
    console.log('L29', await Promise.resolve(5));
    return await Promise.resolve(8);
  })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
  Promise.reject(new Error('L31'))
  .catch((e) => {
    console.log('L32', e.message);
    setImmediate(() => {
      console.log('L33');
      throw new Error('L33-throw');
    });
    queueMicrotask(() => {
      console.log('L34');
      new Promise((res, rej) => {
        console.log('L35');
        res({ then(r) { console.log('L35-then'); r(2); } });
      }).then((v) => {
        console.log('L36', v);
      }, (e) => console.log('L36-rej', e.message));
    });
    return 5;
  })
  .catch((e) => {
    console.log('L37', e.message);
    return { then(r) { console.log('L37-then'); r('a'); } };
  })
  .catch((e) => {
    console.log('L38', e.message);
    throw new Error('L38-err');
  })
  .then((v) => {
    console.log('L39', v);
    return Promise.resolve('c');
  }, (e) => {
    console.log('L39-rej', e.message);
    return 21;
  })
  .catch((e) => console.log('L40', e.message));
  throw new Error('L22-throw');
})().then((v) => console.log('L41', v));
