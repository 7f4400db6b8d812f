// ordergen seed 19
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(21).then((v) => {
      console.log('L30', v);
      tp.setTimeout(0, 21).then((v) => {
        console.log('L31', v);
        Promise.resolve('b').then((v) => {
          console.log('L32', v);
        });
      });
      (async () => {
        console.log('L33');
        console.log('L34', await 2);
        process.exitCode = 2;
        console.log('L35', await Promise.resolve(13));
        return Promise.resolve('a');
      })().then((v) => console.log('L36', v));
    });
  }
});
setTimeout(() => {
  console.log('L1');
}, 200).unref();
queueMicrotask(() => {
  console.log('L2');
  setTimeout(() => {
    console.log('L3');
    queueMicrotask(() => {
      console.log('L4');
      setTimeout((a0) => {
        console.log('L5', a0);
      }, 300, 't');
      throw new Error('L4-throw');
    });
    process.nextTick((a0) => {
      console.log('L6', a0);
    }, 'x');
  }, 1);
  let c1;
  setTimeout(() => {
    console.log('L7');
    clearTimeout(c1);
  }, 350);
  c1 = setTimeout(() => console.log('L8-never'), 350);
});
setTimeout((a0) => {
  console.log('L9', a0);
  setTimeout((a0, a1) => {
    console.log('L10', a0, a1);
    (async () => {
      console.log('L11');
      console.log('L12', await Promise.resolve(1));
      console.log('L13', await tp.setImmediate(5));
      return Promise.resolve(21);
    })().then((v) => console.log('L14', v));
    setImmediate(() => {
      console.log('L15');
    });
  }, 300, 1, 2);
  Promise.resolve('b')
  .finally(() => {
    console.log('L16');
    const c2 = setTimeout(() => console.log('L17-never'), 0);
    process.nextTick(() => clearTimeout(c2));
  })
  .then((v) => {
    console.log('L18', v);
    return;
  })
  .catch((e) => {
    console.log('L19', e.message);
    return;
  })
  .then((v) => {
    console.log('L20', v);
    throw new Error('L20-err');
  });
  Promise.resolve(8).then((v) => {
    console.log('L21', v);
    const p3 = Promise.reject(new Error('L22'));
    setTimeout(() => { console.log('L22-t'); p3.catch((e) => console.log('L22-late', e.message)); }, 150);
    tp.setTimeout(250, 21).then((v) => {
      console.log('L23', v);
    });
  });
}, 250, 't');
new Promise((r) => r(8))
.finally(() => {
  console.log('L24');
})
.then((v) => {
  console.log('L25', v);
  return;
}, (e) => {
  console.log('L25-rej', e.message);
  return 5;
})
.then((v) => {
  console.log('L26', v);
  throw new Error('L26-err');
}, (e) => {
  console.log('L26-rej', e.message);
  return 3;
})
.catch((e) => console.log('L27', e.message));
let c4;
setTimeout(() => {
  console.log('L28');
  clearTimeout(c4);
}, 100);
c4 = setTimeout(() => console.log('L29-never'), 100);
