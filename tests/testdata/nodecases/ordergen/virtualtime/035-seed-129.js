// ordergen seed 129
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('exit', (c) => console.log('exit', c));
(async () => {
  console.log('L1');
  console.log('L2', await { then(r) { console.log('L2-then'); r('a'); } });
  (async () => {
    console.log('L3');
    console.log('L4', await new Promise((r) => setTimeout(r, 200, 13)));
    console.log('L5', await 'c');
    clearImmediate(setImmediate(() => console.log('L6-never')));
    clearImmediate(undefined);
    return await Promise.resolve(8);
  })().then((v) => console.log('L7', v), (e) => console.log('L7-rej', e.message));
  setTimeout((a0) => {
    console.log('L8', a0);
  }, 0, 't');
  setTimeout(() => {
    console.log('L9');
    new Promise((r) => r(2))
    .then((v) => {
      console.log('L10', v);
      return Promise.resolve(8);
    }, (e) => {
      console.log('L10-rej', e.message);
      return 'a';
    })
    .then((v) => {
      console.log('L11', v);
      return Promise.resolve(3);
    })
    .then((v) => {
      console.log('L12', v);
      {
        let n2 = 0;
        const h1 = setInterval((x) => {
          n2++;
          console.log('L13', n2, x);
          if (n2 === 1) {
          }
          if (n2 === 2) clearInterval(h1);
        }, 0, 'iv');
      }
      return { then(r) { console.log('L12-then'); r('a'); } };
    })
    .catch((e) => console.log('L14', e.message));
    new Promise((res, rej) => {
      console.log('L15');
      setTimeout(res, 50, 'a');
    }).then((v) => {
      console.log('L16', v);
    }, (e) => console.log('L16-rej', e.message));
  }, 300);
  console.log('L17', await { then(r) { console.log('L17-then'); r(3); } });
  console.log('L18', await { then(r) { console.log('L18-then'); r('c'); } });
  return Promise.resolve(3);
})().then((v) => console.log('L19', v), (e) => console.log('L19-rej', e.message));
Promise.resolve('b').then((v) => {
  console.log('L20', v);
  process.nextTick((a0) => {
    console.log('L21', a0);
    const p3 = Promise.reject(new Error('L22'));
    queueMicrotask(() => p3.catch((e) => console.log('L22-late', e.message)));
    new Promise((res, rej) => {
      console.log('L23');
      rej(new Error('L23-rej'));
    }).then((v) => {
      console.log('L24', v);
    }, (e) => console.log('L24-rej', e.message));
  }, 'x');
  Promise.resolve(1)
  .then((v) => {
    console.log('L25', v);
    return 8;
  })
  .then((v) => {
    console.log('L26', v);
    return;
  })
  .then((v) => {
    console.log('L27', v);
    new Promise((res, rej) => {
      console.log('L28');
      setTimeout(res, 150, 'c');
    }).then((v) => {
      console.log('L29', v);
      process.nextTick(() => {
        console.log('L30');
      });
    }, (e) => console.log('L29-rej', e.message));
    return { then(r) { console.log('L27-then'); r('a'); } };
  }, (e) => {
    console.log('L27-rej', e.message);
    return 21;
  })
  .then((v) => {
    console.log('L31', v);
    throw new Error('L31-err');
  }, (e) => {
    console.log('L31-rej', e.message);
    return 8;
  })
  .catch((e) => console.log('L32', e.message));
});
process.nextTick(() => {
  console.log('L33');
  setTimeout(() => {
    console.log('L34');
    process.nextTick(() => {
      console.log('L35');
      Promise.resolve(5).then((v) => {
        console.log('L36', v);
      });
    });
  }, 450);
  const p4 = Promise.reject(new Error('L37'));
  queueMicrotask(() => p4.catch((e) => console.log('L37-late', e.message)));
});
setTimeout((a0) => {
  console.log('L38', a0);
  queueMicrotask(() => {
    console.log('L39');
  });
  queueMicrotask(() => {
    console.log('L40');
    setTimeout((a0) => {
      console.log('L41', a0);
    }, 450, 't').unref();
    queueMicrotask(() => {
      console.log('L42');
    });
  });
}, 100, 't');
setTimeout((a0, a1) => {
  console.log('L43', a0, a1);
}, 250, 1, 2);
new Promise((res, rej) => {
  console.log('L44');
  rej(new Error('L44-rej'));
}).then((v) => {
  console.log('L45', v);
  queueMicrotask(() => {
    console.log('L46');
  });
}, (e) => console.log('L45-rej', e.message));
