// ordergen seed 115
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
let be = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', ++be, c);
  if (be === 1) {
    Promise.reject(new Error('L32'))
    .catch((e) => {
      console.log('L33', e.message);
      throw new Error('L33-err');
    })
    .then((v) => {
      console.log('L34', v);
      Promise.resolve(34).then((v) => {
        console.log('L35', v);
      });
      return Promise.resolve(5);
    }, (e) => {
      console.log('L34-rej', e.message);
      return 21;
    })
    .finally(() => {
      console.log('L36');
    })
    .finally(() => {
      console.log('L37');
    })
    .catch((e) => console.log('L38', e.message));
  }
});
queueMicrotask(() => {
  console.log('L1');
  Promise.resolve().then(() => { console.log('L2-then'); throw new Error('L2'); });
  (async () => {
    console.log('L3');
    console.log('L4', await tp.setImmediate(2));
    console.log('L5', await tp.setImmediate(3));
    new Promise((res, rej) => {
      console.log('L6');
      res('b');
    }).then((v) => {
      console.log('L7', v);
      process.nextTick((a0) => {
        console.log('L8', a0);
      }, 'x');
    }, (e) => console.log('L7-rej', e.message));
    tp.setTimeout(250, 21).then((v) => {
      console.log('L9', v);
    });
    console.log('L10', await 8);
    throw new Error('L3-throw');
  })().then((v) => console.log('L11', v), (e) => console.log('L11-rej', e.message));
});
Promise.resolve({ then(r) { console.log('L12'); r(5); } })
.then((v) => {
  console.log('L13', v);
  return Promise.resolve(34);
}, (e) => {
  console.log('L13-rej', e.message);
  return 'b';
})
.catch((e) => {
  console.log('L14', e.message);
  process.nextTick((a0, a1) => {
    console.log('L15', a0, a1);
    throw new Error('L15-throw');
  }, 'x', 7);
  return { then(r) { console.log('L14-then'); r('c'); } };
})
.then((v) => {
  console.log('L16', v);
  return 1;
})
.catch((e) => console.log('L17', e.message));
tp.setImmediate('b').then((v) => {
  console.log('L18', v);
  Promise.resolve({ then(r) { console.log('L19'); r(2); } })
  .then((v) => {
    console.log('L20', v);
    return;
  }, (e) => {
    console.log('L20-rej', e.message);
    return 'a';
  })
  .then((v) => {
    console.log('L21', v);
    return Promise.resolve(8);
  }, (e) => {
    console.log('L21-rej', e.message);
    return 5;
  })
  .catch((e) => console.log('L22', e.message));
});
setTimeout((a0, a1) => {
  console.log('L23', a0, a1);
  queueMicrotask(() => {
    console.log('L24');
  });
}, 200, 1, 2).unref();
Promise.resolve(8).then((v) => {
  console.log('L25', v);
  queueMicrotask(() => {
    console.log('L26');
    queueMicrotask(() => {
      console.log('L27');
    });
    Promise.resolve(21)
    .then((v) => {
      console.log('L28', v);
      return 'b';
    })
    .finally(() => {
      console.log('L29');
      throw new Error('L29-fin');
    })
    .then((v) => {
      console.log('L30', v);
      return;
    }, (e) => {
      console.log('L30-rej', e.message);
      return 2;
    })
    .then((v) => {
      console.log('L31', v);
      return;
    }, (e) => {
      console.log('L31-rej', e.message);
      return 2;
    });
  });
});
