// ordergen seed 25
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
Promise.resolve(3)
.then((v) => {
  console.log('L1', v);
  return { then(r) { console.log('L1-then'); r(3); } };
})
.then((v) => {
  console.log('L2', v);
  (async () => {
    console.log('L3');
    console.log('L4', await 34);
    console.log('L5', await new Promise((r) => setTimeout(r, 100, 21)));
    try {
      await Promise.reject(new Error('L6'));
    } catch (e) {
      console.log('L6-caught', e.message);
    }
    tp.setTimeout(0, 'a').then((v) => {
      console.log('L7', v);
      setTimeout((a0) => {
        console.log('L8', a0);
      }, 100, 't');
    });
    setImmediate((a0, a1) => {
      console.log('L9', a0, a1);
      tp.setTimeout(50, 21).then((v) => {
        console.log('L10', v);
      });
    }, 'i', 9);
    return 8;
  })().then((v) => console.log('L11', v));
  new Promise((res, rej) => {
    console.log('L12');
    res({ then(r) { console.log('L12-then'); r(13); } });
  }).then((v) => {
    console.log('L13', v);
    queueMicrotask(() => {
      console.log('L14');
      setTimeout(() => {
        console.log('L15');
      }, 350);
    });
    clearTimeout(setTimeout(() => console.log('L16-never'), 0));
    clearTimeout(null);
  }, (e) => console.log('L13-rej', e.message));
  return { then(r) { console.log('L2-then'); r(34); } };
}, (e) => {
  console.log('L2-rej', e.message);
  return 'b';
})
.then((v) => {
  console.log('L17', v);
  throw new Error('L17-err');
}, (e) => {
  console.log('L17-rej', e.message);
  return 21;
})
.catch((e) => console.log('L18', e.message));
setImmediate((a0, a1) => {
  console.log('L19', a0, a1);
}, 'i', 9);
new Promise((res, rej) => {
  console.log('L20');
  process.nextTick(res, 'b');
}).then((v) => {
  console.log('L21', v);
  (async () => {
    console.log('L22');
    console.log('L23', await tp.setImmediate(2));
    setImmediate((a0, a1) => {
      console.log('L24', a0, a1);
    }, 'i', 9);
    queueMicrotask(() => {
      console.log('L25');
    });
    return await Promise.resolve(3);
  })().then((v) => console.log('L26', v), (e) => console.log('L26-rej', e.message));
  (async () => {
    console.log('L27');
    console.log('L28', await tp.setImmediate(13));
    return 'b';
  })().then((v) => console.log('L29', v));
}, (e) => console.log('L21-rej', e.message));
new Promise((res, rej) => {
  console.log('L30');
  process.nextTick(res, 13);
}).then((v) => {
  console.log('L31', v);
  setImmediate(() => {
    console.log('L32');
    Promise.resolve(8).then((v) => {
      console.log('L33', v);
      setTimeout((a0) => {
        console.log('L34', a0);
        throw new Error('L34-throw');
      }, 250, 't');
    });
    new Promise((res, rej) => {
      console.log('L35');
      queueMicrotask(() => rej(new Error('L35-rej')));
    }).then((v) => {
      console.log('L36', v);
    }, (e) => console.log('L36-rej', e.message));
  }).unref();
}, (e) => console.log('L31-rej', e.message));
setTimeout(() => {
  console.log('L37');
}, 300);
tp.setTimeout(400, 1).then((v) => {
  console.log('L38', v);
});
