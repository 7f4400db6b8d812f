// ordergen seed 160
'use strict';
const tp = require('timers/promises');
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
new Promise((res, rej) => {
  console.log('L1');
  res({ then(r) { console.log('L1-then'); r('a'); } });
}).then((v) => {
  console.log('L2', v);
  (async () => {
    console.log('L3');
    try {
      await Promise.reject(new Error('L4'));
    } catch (e) {
      console.log('L4-caught', e.message);
    }
    return 'a';
  })().then((v) => console.log('L5', v));
  setTimeout((a0) => {
    console.log('L6', a0);
  }, 150, 't');
}, (e) => console.log('L2-rej', e.message));
tp.setTimeout(0, 34).then((v) => {
  console.log('L7', v);
  (async () => {
    console.log('L8');
    console.log('L9', await Promise.resolve('b'));
    console.log('L10', await tp.setImmediate('c'));
    tp.setTimeout(300, 21).then((v) => {
      console.log('L11', v);
    });
    Promise.resolve(2).then((v) => {
      console.log('L12', v);
    });
    console.log('L13', await 'a');
    throw new Error('L8-throw');
  })().then((v) => console.log('L14', v));
  setTimeout((a0, a1) => {
    console.log('L15', a0, a1);
  }, 350, 1, 2);
});
new Promise((res, rej) => {
  console.log('L16');
  res({ then(r) { console.log('L16-then'); r('a'); } });
}).then((v) => {
  console.log('L17', v);
  setTimeout(() => {
    console.log('L18');
    setTimeout(() => {
      console.log('L19');
      setTimeout((a0) => {
        console.log('L20', a0);
      }, 1, 't');
    }, 250);
    tp.setTimeout(0, 1).then((v) => {
      console.log('L21', v);
    });
    throw new Error('L18-throw');
  }, 200);
  let c1;
  setTimeout(() => {
    console.log('L22');
    clearTimeout(c1);
  }, 500);
  c1 = setTimeout(() => console.log('L23-never'), 500);
  let c2;
  setTimeout(() => {
    console.log('L24');
    clearTimeout(c2);
  }, 550);
  c2 = setTimeout(() => console.log('L25-never'), 550);
}, (e) => console.log('L17-rej', e.message));
Promise.resolve({ then(r) { console.log('L26'); r('b'); } })
.catch((e) => {
  console.log('L27', e.message);
  setTimeout(() => {
    console.log('L28');
    tp.setTimeout(300, 'c').then((v) => {
      console.log('L29', v);
    });
  }, 100);
  setTimeout((a0) => {
    console.log('L30', a0);
    (async () => {
      console.log('L31');
      try {
        await Promise.reject(new Error('L33'));
      } catch (e) {
        console.log('L33-caught', e.message);
      }
      throw new Error('L31-throw');
    })().then((v) => console.log('L34', v));
  }, 250, 't').unref();
  Promise.resolve({ then(r) { console.log('L35'); r(34); } })
  .then((v) => {
    console.log('L36', v);
    return { then(r) { console.log('L36-then'); r(21); } };
  })
  .finally(() => {
    console.log('L37');
  })
  .then((v) => {
    console.log('L38', v);
    return 1;
  })
  .finally(() => {
    console.log('L39');
    throw new Error('L39-fin');
  })
  .catch((e) => console.log('L40', e.message));
  return 'b';
})
.then((v) => {
  console.log('L41', v);
  throw new Error('L41-err');
}, (e) => {
  console.log('L41-rej', e.message);
  return 34;
})
.then((v) => {
  console.log('L42', v);
  return Promise.resolve(8);
}, (e) => {
  console.log('L42-rej', e.message);
  return 'b';
})
.catch((e) => console.log('L43', e.message));
