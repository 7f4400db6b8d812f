// ordergen seed 190
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    queueMicrotask(() => {
      console.log('L28');
    });
    Promise.resolve(1).then((v) => {
      console.log('L29', v);
      let c3;
      setImmediate(() => {
        console.log('L30');
        clearImmediate(c3);
      });
      c3 = setImmediate(() => console.log('L31-never'));
    });
  }
});
new Promise((r) => r(5))
.then((v) => {
  console.log('L1', v);
  setTimeout((a0) => {
    console.log('L2', a0);
  }, 250, 't').unref();
  setTimeout((a0) => {
    console.log('L3', a0);
  }, 1, 't');
  setTimeout((a0, a1) => {
    console.log('L4', a0, a1);
    process.nextTick(() => {
      console.log('L5');
      Promise.resolve(3).then((v) => {
        console.log('L6', v);
      });
    });
    {
      let n2 = 0;
      const h1 = setInterval((x) => {
        n2++;
        console.log('L7', n2, x);
        if (n2 === 1) {
          setTimeout((a0) => {
            console.log('L8', a0);
          }, 150, 't').unref();
        }
        if (n2 === 2) clearInterval(h1);
      }, 50, 'iv');
    }
  }, 300, 1, 2);
  return Promise.resolve(8);
})
.then((v) => {
  console.log('L9', v);
  return { then(r) { console.log('L9-then'); r(13); } };
})
.then((v) => {
  console.log('L10', v);
  return;
}, (e) => {
  console.log('L10-rej', e.message);
  return 'b';
})
.finally(() => {
  console.log('L11');
})
.catch((e) => console.log('L12', e.message));
process.exitCode = 4;
new Promise((r) => r('a'))
.then((v) => {
  console.log('L13', v);
  return;
})
.catch((e) => {
  console.log('L14', e.message);
  (async () => {
    console.log('L15');
    console.log('L16', await 3);
    console.log('L17', await 5);
    try {
      await Promise.reject(new Error('L18'));
    } catch (e) {
      console.log('L18-caught', e.message);
    }
    return 3;
  })().then((v) => console.log('L19', v), (e) => console.log('L19-rej', e.message));
  setTimeout((a0) => {
    console.log('L20', a0);
    Promise.resolve('b').then((v) => {
      console.log('L21', v);
      setImmediate(() => {
        console.log('L22');
      });
    });
    Promise.reject(new Error('L23'));
  }, 100, 't');
  return { then(r) { console.log('L14-then'); r(5); } };
})
.catch((e) => console.log('L24', e.message));
setTimeout((a0) => {
  console.log('L25', a0);
  (async () => { console.log('L26-body'); throw new Error('L26'); })();
  setImmediate((a0, a1) => {
    console.log('L27', a0, a1);
  }, 'i', 9);
}, 200, 't').unref();
