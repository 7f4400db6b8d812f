// ordergen seed 40
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => {
  console.log('L1');
  process.nextTick((a0) => {
    console.log('L2', a0);
  }, 'x');
  clearTimeout(setTimeout(() => console.log('L3-never'), 0));
  clearTimeout(undefined);
});
setTimeout(() => {
  console.log('L4');
  queueMicrotask(() => {
    console.log('L5');
    (async () => {
      console.log('L6');
      console.log('L7', await tp.setImmediate(3));
      console.log('L8', await tp.setTimeout(50, 'b'));
      Promise.resolve({ then(r) { console.log('L9'); r(2); } })
      .then((v) => {
        console.log('L10', v);
        return;
      }, (e) => {
        console.log('L10-rej', e.message);
        return 'c';
      })
      .then((v) => {
        console.log('L11', v);
        return;
      }, (e) => {
        console.log('L11-rej', e.message);
        return 13;
      })
      .finally(() => {
        console.log('L12');
      });
      return Promise.resolve(3);
    })().then((v) => console.log('L13', v), (e) => console.log('L13-rej', e.message));
    queueMicrotask(() => {
      console.log('L14');
      setTimeout((a0) => {
        console.log('L15', a0);
      }, 150, 't');
    });
  });
  throw new Error('L4-throw');
}, 200);
tp.setTimeout(0, 5).then((v) => {
  console.log('L16', v);
  queueMicrotask(() => {
    console.log('L17');
    throw new Error('L17-throw');
  });
  setTimeout(() => {
    console.log('L18');
  }, 100);
  const p1 = Promise.reject(new Error('L19'));
  queueMicrotask(() => p1.catch((e) => console.log('L19-late', e.message)));
});
setTimeout(() => {
  console.log('L20');
  setTimeout((a0) => {
    console.log('L21', a0);
    process.nextTick((a0) => {
      console.log('L22', a0);
      process.nextTick(() => {
        console.log('L23');
      });
    }, 'x');
    new Promise((r) => r(2))
    .then((v) => {
      console.log('L24', v);
      throw new Error('L24-err');
    })
    .then((v) => {
      console.log('L25', v);
      return;
    })
    .catch((e) => console.log('L26', e.message));
  }, 350, 't').unref();
  tp.setTimeout(150, 13).then((v) => {
    console.log('L27', v);
    tp.setTimeout(250, 13).then((v) => {
      console.log('L28', v);
      (async () => {
        console.log('L29');
        console.log('L30', await 2);
        console.log('L31', await new Promise((r) => setTimeout(r, 0, 5)));
        console.log('L32', await { then(r) { console.log('L32-then'); r(21); } });
        throw new Error('L29-throw');
      })().then((v) => console.log('L33', v), (e) => console.log('L33-rej', e.message));
    });
  });
  setTimeout((a0, a1) => {
    console.log('L34', a0, a1);
    queueMicrotask(() => {
      console.log('L35');
      let c2;
      setImmediate(() => {
        console.log('L36');
        clearImmediate(c2);
      });
      c2 = setImmediate(() => console.log('L37-never'));
    });
    (async () => {
      console.log('L38');
      console.log('L39', await tp.setImmediate('a'));
      return 21;
    })().then((v) => console.log('L40', v), (e) => console.log('L40-rej', e.message));
  }, 250, 1, 2);
  throw new Error('L20-throw');
}, 150);
