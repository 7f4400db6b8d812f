// ordergen seed 122
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
new Promise((r) => r(3))
.then((v) => {
  console.log('L1', v);
  Promise.resolve({ then(r) { console.log('L2'); r(1); } })
  .then((v) => {
    console.log('L3', v);
    return;
  }, (e) => {
    console.log('L3-rej', e.message);
    return 1;
  })
  .catch((e) => {
    console.log('L4', e.message);
    return 3;
  })
  .then((v) => {
    console.log('L5', v);
    return 'b';
  });
  return 21;
})
.catch((e) => {
  console.log('L6', e.message);
  return Promise.resolve(13);
})
.finally(() => {
  console.log('L7');
})
.finally(() => {
  console.log('L8');
  throw new Error('L8-fin');
})
.catch((e) => console.log('L9', e.message));
tp.setTimeout(200, 'c').then((v) => {
  console.log('L10', v);
  setTimeout((a0) => {
    console.log('L11', a0);
  }, 0, 't');
  setTimeout(() => {
    console.log('L12');
    process.nextTick((a0, a1) => {
      console.log('L13', a0, a1);
      Promise.reject(new Error('L14'))
      .then((v) => {
        console.log('L15', v);
        return 13;
      })
      .then((v) => {
        console.log('L16', v);
        return Promise.resolve(3);
      }, (e) => {
        console.log('L16-rej', e.message);
        return 5;
      })
      .catch((e) => console.log('L17', e.message));
    }, 'x', 7);
  }, 150);
  tp.setTimeout(50, 34).then((v) => {
    console.log('L18', v);
  });
});
tp.setTimeout(100, 5).then((v) => {
  console.log('L19', v);
  (async () => {
    console.log('L20');
    console.log('L21', await tp.setImmediate('a'));
    return Promise.resolve(1);
  })().then((v) => console.log('L22', v), (e) => console.log('L22-rej', e.message));
  process.nextTick((a0, a1) => {
    console.log('L23', a0, a1);
    setImmediate((a0, a1) => {
      console.log('L24', a0, a1);
    }, 'i', 9);
  }, 'x', 7);
  Promise.resolve(5).then((v) => {
    console.log('L25', v);
    Promise.reject(new Error('L26'))
    .catch((e) => {
      console.log('L27', e.message);
      return;
    })
    .then((v) => {
      console.log('L28', v);
      setImmediate(() => {
        console.log('L29');
      });
      return { then(r) { console.log('L28-then'); r('c'); } };
    })
    .then((v) => {
      console.log('L30', v);
      return { then(r) { console.log('L30-then'); r(2); } };
    })
    .catch((e) => console.log('L31', e.message));
    setImmediate((a0, a1) => {
      console.log('L32', a0, a1);
      process.nextTick((a0, a1) => {
        console.log('L33', a0, a1);
      }, 'x', 7);
    }, 'i', 9);
  });
});
setTimeout((a0, a1) => {
  console.log('L34', a0, a1);
  Promise.resolve(1).then((v) => {
    console.log('L35', v);
  });
}, 450, 1, 2);
Promise.resolve().then(() => { console.log('L36-then'); throw new Error('L36'); });
queueMicrotask(() => {
  console.log('L37');
});
