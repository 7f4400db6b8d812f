// ordergen seed 63
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
setImmediate((a0) => {
  console.log('L1', a0);
  setImmediate((a0) => {
    console.log('L2', a0);
    (async () => {
      console.log('L3');
      console.log('L4', await 5);
      throw new Error('L3-throw');
    })().then((v) => console.log('L5', v), (e) => console.log('L5-rej', e.message));
    tp.setTimeout(100, 'c').then((v) => {
      console.log('L6', v);
    });
  }, 'i');
  tp.setTimeout(200, 'a').then((v) => {
    console.log('L7', v);
    setTimeout((a0, a1) => {
      console.log('L8', a0, a1);
      throw new Error('L8-throw');
    }, 200, 1, 2).unref();
  });
}, 'i');
process.nextTick((a0) => {
  console.log('L9', a0);
  setImmediate(() => {
    console.log('L10');
  });
  Promise.resolve({ then(r) { console.log('L11'); r(2); } })
  .finally(() => {
    console.log('L12');
    let c1;
    setImmediate(() => {
      console.log('L13');
      clearImmediate(c1);
    });
    c1 = setImmediate(() => console.log('L14-never'));
    new Promise((r) => r('a'))
    .finally(() => {
      console.log('L15');
    })
    .then((v) => {
      console.log('L16', v);
      return 'b';
    }, (e) => {
      console.log('L16-rej', e.message);
      return 34;
    })
    .finally(() => {
      console.log('L17');
    })
    .then((v) => {
      console.log('L18', v);
      return 3;
    });
  })
  .then((v) => {
    console.log('L19', v);
    throw new Error('L19-err');
  })
  .then((v) => {
    console.log('L20', v);
    return Promise.resolve(2);
  }, (e) => {
    console.log('L20-rej', e.message);
    return 34;
  });
  throw new Error('L9-throw');
}, 'x');
Promise.resolve({ then(r) { console.log('L21'); r('c'); } })
.then((v) => {
  console.log('L22', v);
  process.nextTick((a0) => {
    console.log('L23', a0);
    process.nextTick((a0) => {
      console.log('L24', a0);
      queueMicrotask(() => {
        console.log('L25');
      });
    }, 'x');
    process.nextTick(() => {
      console.log('L26');
      setImmediate(() => {
        console.log('L27');
      });
    });
  }, 'x');
  throw new Error('L22-err');
})
.then((v) => {
  console.log('L28', v);
  return { then(r) { console.log('L28-then'); r(34); } };
})
.finally(() => {
  console.log('L29');
})
.catch((e) => console.log('L30', e.message));
