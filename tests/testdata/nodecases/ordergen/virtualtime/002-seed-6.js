// ordergen seed 6
'use strict';
const tp = require('timers/promises');
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.resolve(2).then((v) => {
      console.log('L34', v);
    });
  }
});
const p1 = Promise.reject(new Error('L1'));
setTimeout(() => { console.log('L1-t'); p1.catch((e) => console.log('L1-late', e.message)); }, 200);
process.nextTick(() => {
  console.log('L2');
  tp.setTimeout(0, 5).then((v) => {
    console.log('L3', v);
    queueMicrotask(() => {
      console.log('L4');
      queueMicrotask(() => {
        console.log('L5');
        throw new Error('L5-throw');
      });
    });
  });
  setTimeout((a0) => {
    console.log('L6', a0);
    (async () => {
      console.log('L7');
      console.log('L8', await tp.setImmediate(13));
      queueMicrotask(() => {
        console.log('L9');
      });
      console.log('L10', await 'c');
      console.log('L11', await Promise.resolve(13));
      return { then(r) { console.log('L7-ret'); r(13); } };
    })().then((v) => console.log('L12', v), (e) => console.log('L12-rej', e.message));
    process.nextTick((a0, a1) => {
      console.log('L13', a0, a1);
      {
        let n3 = 0;
        const h2 = setInterval((x) => {
          n3++;
          console.log('L14', n3, x);
          if (n3 === 1) {
          }
          if (n3 === 2) clearInterval(h2);
        }, 100, 'iv');
      }
    }, 'x', 7);
  }, 150, 't');
});
tp.setTimeout(100, 3).then((v) => {
  console.log('L15', v);
  (async () => {
    console.log('L16');
    console.log('L17', await Promise.resolve('b'));
    return 'b';
  })().then((v) => console.log('L18', v), (e) => console.log('L18-rej', e.message));
});
Promise.reject(new Error('L19'));
setTimeout((a0) => {
  console.log('L20', a0);
  process.nextTick((a0) => {
    console.log('L21', a0);
    process.nextTick(() => {
      console.log('L22');
      clearTimeout(setTimeout(() => console.log('L23-never'), 0));
      clearTimeout(undefined);
    });
    new Promise((res, rej) => {
      console.log('L24');
      res(Promise.resolve(13));
    }).then((v) => {
      console.log('L25', v);
      setTimeout(() => {
        console.log('L26');
      }, 50).unref();
    }, (e) => console.log('L25-rej', e.message));
  }, 'x');
  (async () => {
    console.log('L27');
    console.log('L28', await new Promise((r) => setTimeout(r, 150, 5)));
    return Promise.resolve(2);
  })().then((v) => console.log('L29', v), (e) => console.log('L29-rej', e.message));
}, 400, 't');
queueMicrotask(() => {
  console.log('L30');
  process.nextTick((a0) => {
    console.log('L31', a0);
    Promise.resolve(2).then((v) => {
      console.log('L32', v);
      queueMicrotask(() => {
        console.log('L33');
      });
    });
  }, 'x');
});
