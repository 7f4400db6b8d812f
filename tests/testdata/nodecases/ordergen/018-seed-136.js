// ordergen seed 136
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  process.nextTick(() => {
    console.log('L2');
    new Promise((r) => r(8))
    .finally(() => {
      console.log('L3');
      throw new Error('L3-fin');
    })
    .then((v) => {
      console.log('L4', v);
      throw new Error('L4-err');
    })
    .then((v) => {
      console.log('L5', v);
      throw new Error('L5-err');
    })
    .catch((e) => console.log('L6', e.message));
    process.nextTick((a0) => {
      console.log('L7', a0);
      setTimeout(() => {
        console.log('L8');
      }, 200).unref();
      throw new Error('L7-throw');
    }, 'x');
  });
  setTimeout((a0, a1) => {
    console.log('L9', a0, a1);
    (async () => {
      console.log('L10');
      console.log('L11', await new Promise((r) => setTimeout(r, 100, 'b')));
      console.log('L12', await tp.setImmediate(1));
      Promise.resolve(2).then((v) => {
        console.log('L13', v);
      });
      console.log('L14', await tp.setTimeout(150, 'a'));
      return 5;
    })().then((v) => console.log('L15', v), (e) => console.log('L15-rej', e.message));
    process.nextTick(() => {
      console.log('L16');
    });
  }, 0, 1, 2);
});
setTimeout((a0) => {
  console.log('L17', a0);
}, 350, 't').unref();
queueMicrotask(() => {
  console.log('L18');
  Promise.resolve(3).then((v) => {
    console.log('L19', v);
  });
  queueMicrotask(() => {
    console.log('L20');
    tp.setTimeout(150, 5).then((v) => {
      console.log('L21', v);
      setTimeout((a0, a1) => {
        console.log('L22', a0, a1);
      }, 150, 1, 2);
    });
  });
  Promise.resolve({ then(r) { console.log('L23'); r(21); } })
  .then((v) => {
    console.log('L24', v);
    setTimeout((a0, a1) => {
      console.log('L25', a0, a1);
      setImmediate((a0, a1) => {
        console.log('L26', a0, a1);
        throw new Error('L26-throw');
      }, 'i', 9);
    }, 550, 1, 2);
    (async () => {
      console.log('L27');
      console.log('L28', await Promise.resolve('b'));
      console.log('L29', await new Promise((r) => setTimeout(r, 500, 2)));
      throw new Error('L27-throw');
    })().then((v) => console.log('L30', v), (e) => console.log('L30-rej', e.message));
    return 5;
  })
  .then((v) => {
    console.log('L31', v);
    return;
  })
  .then((v) => {
    console.log('L32', v);
    return 2;
  }, (e) => {
    console.log('L32-rej', e.message);
    return 5;
  })
  .catch((e) => console.log('L33', e.message));
  throw new Error('L18-throw');
});
setTimeout((a0) => {
  console.log('L34', a0);
  new Promise((res, rej) => {
    console.log('L35');
    res('a');
  }).then((v) => {
    console.log('L36', v);
  }, (e) => console.log('L36-rej', e.message));
}, 400, 't');
