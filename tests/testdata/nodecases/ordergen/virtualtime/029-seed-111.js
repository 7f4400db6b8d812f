// ordergen seed 111
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  console.log('L1');
  queueMicrotask(() => {
    console.log('L2');
  });
  {
    let n2 = 0;
    const h1 = setInterval((x) => {
      n2++;
      console.log('L3', n2, x);
      if (n2 === 1) {
        queueMicrotask(() => {
          console.log('L4');
          setTimeout(() => {
            console.log('L5');
          }, 250);
        });
      }
      if (n2 === 4) clearInterval(h1);
    }, 100, 'iv');
  }
  Promise.resolve({ then(r) { console.log('L6'); r('b'); } })
  .then((v) => {
    console.log('L7', v);
    return;
  }, (e) => {
    console.log('L7-rej', e.message);
    return 1;
  })
  .finally(() => {
    console.log('L8');
    clearTimeout(setTimeout(() => console.log('L9-never'), 1));
    clearTimeout(undefined);
    setTimeout((a0) => {
      console.log('L10', a0);
    }, 150, 't');
  })
  .finally(() => {
    console.log('L11');
    return Promise.resolve(0);
  })
  .catch((e) => console.log('L12', e.message));
}, 150);
queueMicrotask(() => {
  console.log('L13');
  queueMicrotask(() => {
    console.log('L14');
    Promise.reject(new Error('L15'))
    .then((v) => {
      console.log('L16', v);
      return 5;
    })
    .catch((e) => {
      console.log('L17', e.message);
      return Promise.resolve('b');
    })
    .then((v) => {
      console.log('L18', v);
      throw new Error('L18-err');
    })
    .catch((e) => console.log('L19', e.message));
    tp.setTimeout(100, 3).then((v) => {
      console.log('L20', v);
    });
  });
  tp.setTimeout(1, 'b').then((v) => {
    console.log('L21', v);
    queueMicrotask(() => {
      console.log('L22');
      const c3 = setTimeout(() => console.log('L23-never'), 1);
      process.nextTick(() => clearTimeout(c3));
    });
  });
});
(async () => {
  console.log('L24');
  console.log('L25', await new Promise((r) => setTimeout(r, 200, 8)));
  return 34;
})().then((v) => console.log('L26', v), (e) => console.log('L26-rej', e.message));
setTimeout((a0, a1) => {
  console.log('L27', a0, a1);
  process.nextTick((a0, a1) => {
    console.log('L28', a0, a1);
    setImmediate((a0) => {
      console.log('L29', a0);
    }, 'i');
  }, 'x', 7);
}, 400, 1, 2);
Promise.resolve(5).then((v) => {
  console.log('L30', v);
  Promise.resolve(5).then((v) => {
    console.log('L31', v);
    queueMicrotask(() => {
      console.log('L32');
    });
  });
});
