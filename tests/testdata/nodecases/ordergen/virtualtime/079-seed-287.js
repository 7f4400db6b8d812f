// ordergen seed 287
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
Promise.resolve(8).then((v) => {
  console.log('L1', v);
  (async () => {
    console.log('L2');
    console.log('L3', await new Promise((r) => setTimeout(r, 0, 3)));
    console.log('L4', await new Promise((r) => setTimeout(r, 100, 21)));
    console.log('L5', await new Promise((r) => setTimeout(r, 0, 21)));
    return await Promise.resolve('a');
  })().then((v) => console.log('L6', v), (e) => console.log('L6-rej', e.message));
  queueMicrotask(() => {
    console.log('L7');
    Promise.resolve(21).then((v) => {
      console.log('L8', v);
    });
    Promise.resolve(2)
    .catch((e) => {
      console.log('L9', e.message);
      return;
    })
    .then((v) => {
      console.log('L10', v);
      process.nextTick((a0, a1) => {
        console.log('L11', a0, a1);
      }, 'x', 7);
      return;
    })
    .then((v) => {
      console.log('L12', v);
      return;
    })
    .finally(() => {
      console.log('L13');
    })
    .catch((e) => console.log('L14', e.message));
  });
  Promise.resolve(34)
  .finally(() => {
    console.log('L15');
  })
  .catch((e) => {
    console.log('L16', e.message);
    return Promise.resolve(5);
  })
  .catch((e) => {
    console.log('L17', e.message);
    throw new Error('L17-err');
  })
  .finally(() => {
    console.log('L18');
    return Promise.resolve(0);
  });
});
new Promise((res, rej) => {
  console.log('L19');
  res(5);
}).then((v) => {
  console.log('L20', v);
  setTimeout((a0, a1) => {
    console.log('L21', a0, a1);
    throw new Error('L21-throw');
  }, 200, 1, 2);
  queueMicrotask(() => {
    console.log('L22');
  });
}, (e) => console.log('L20-rej', e.message));
process.nextTick(() => {
  console.log('L23');
  queueMicrotask(() => {
    console.log('L24');
    setTimeout((a0) => {
      console.log('L25', a0);
    }, 150, 't').unref();
  });
  Promise.resolve('b').then((v) => {
    console.log('L26', v);
    setTimeout((a0) => {
      console.log('L27', a0);
    }, 350, 't');
    new Promise((res, rej) => {
      console.log('L28');
      queueMicrotask(() => rej(new Error('L28-rej')));
    }).then((v) => {
      console.log('L29', v);
      setTimeout((a0) => {
        console.log('L30', a0);
      }, 300, 't').unref();
    }, (e) => console.log('L29-rej', e.message));
  });
  process.nextTick(() => {
    console.log('L31');
    tp.setTimeout(500, 'a').then((v) => {
      console.log('L32', v);
    });
    (async () => {
      console.log('L33');
      console.log('L36', await { then(r) { console.log('L36-then'); r('a'); } });
      return Promise.resolve(8);
    })().then((v) => console.log('L37', v), (e) => console.log('L37-rej', e.message));
  });
});
