// ordergen seed 86
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    process.exitCode = 4;
  }
});
queueMicrotask(() => {
  console.log('L1');
  setImmediate((a0, a1) => {
    console.log('L2', a0, a1);
    queueMicrotask(() => {
      console.log('L3');
      setTimeout((a0, a1) => {
        console.log('L4', a0, a1);
      }, 100, 1, 2);
    });
    process.nextTick(() => {
      console.log('L5');
    });
  }, 'i', 9);
  Promise.resolve(3).then((v) => {
    console.log('L6', v);
    setTimeout((a0, a1) => {
      console.log('L7', a0, a1);
    }, 200, 1, 2);
    queueMicrotask(() => {
      console.log('L8');
      new Promise((r) => r(8))
      .then((v) => {
        console.log('L9', v);
        return { then(r) { console.log('L9-then'); r(3); } };
      })
      .then((v) => {
        console.log('L10', v);
        return Promise.resolve(1);
      }, (e) => {
        console.log('L10-rej', e.message);
        return 1;
      })
      .catch((e) => {
        console.log('L11', e.message);
        return { then(r) { console.log('L11-then'); r('a'); } };
      });
    });
  });
  new Promise((res, rej) => {
    console.log('L12');
    setImmediate(() => res(34));
  }).then((v) => {
    console.log('L13', v);
    clearImmediate(setImmediate(() => console.log('L14-never')));
    clearImmediate(null);
    process.nextTick((a0, a1) => {
      console.log('L15', a0, a1);
      let c1;
      setTimeout(() => {
        console.log('L16');
        clearTimeout(c1);
      }, 350);
      c1 = setTimeout(() => console.log('L17-never'), 350);
    }, 'x', 7);
  }, (e) => console.log('L13-rej', e.message));
});
setTimeout((a0) => {
  console.log('L18', a0);
}, 300, 't');
(async () => {
  console.log('L19');
  console.log('L20', await Promise.resolve(21));
  Promise.resolve('c').then((v) => {
    console.log('L21', v);
    setImmediate((a0, a1) => {
      console.log('L22', a0, a1);
      setImmediate(() => {
        console.log('L23');
      });
    }, 'i', 9);
    setTimeout(() => {
      console.log('L24');
      queueMicrotask(() => {
        console.log('L25');
      });
    }, 150);
  });
  Promise.resolve().then(() => { console.log('L26-then'); throw new Error('L26'); });
  console.log('L27', await tp.setImmediate('a'));
  return await Promise.resolve(8);
})().then((v) => console.log('L28', v));
tp.setImmediate('c').then((v) => {
  console.log('L29', v);
  setTimeout((a0) => {
    console.log('L30', a0);
    Promise.resolve(34).then((v) => {
      console.log('L31', v);
    });
  }, 450, 't');
  queueMicrotask(() => {
    console.log('L32');
    setImmediate((a0, a1) => {
      console.log('L33', a0, a1);
      new Promise((res, rej) => {
        console.log('L34');
        res({ then(r) { console.log('L34-then'); r('a'); } });
      }).then((v) => {
        console.log('L35', v);
      }, (e) => console.log('L35-rej', e.message));
    }, 'i', 9);
    setTimeout((a0, a1) => {
      console.log('L36', a0, a1);
      (async () => { console.log('L37-body'); throw new Error('L37'); })();
    }, 400, 1, 2).unref();
  });
  (async () => {
    console.log('L38');
    console.log('L39', await new Promise((r) => setTimeout(r, 550, 2)));
    return await Promise.resolve(34);
  })().then((v) => console.log('L40', v));
});
