// ordergen seed 329
'use strict';
const tp = require('timers/promises');
process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  console.log('L1');
  new Promise((res, rej) => {
    console.log('L2');
    setTimeout(res, 250, 5);
  }).then((v) => {
    console.log('L3', v);
    let c1;
    setImmediate(() => {
      console.log('L4');
      clearImmediate(c1);
    });
    c1 = setImmediate(() => console.log('L5-never'));
  }, (e) => console.log('L3-rej', e.message));
  Promise.resolve(13).then((v) => {
    console.log('L6', v);
    Promise.resolve(5).then((v) => {
      console.log('L7', v);
      {
        let n3 = 0;
        const h2 = setInterval((x) => {
          n3++;
          console.log('L8', n3, x);
          if (n3 === 1) {
          }
          if (n3 === 2) clearInterval(h2);
        }, 0, 'iv');
      }
    });
    (async () => {
      console.log('L9');
      try {
        await Promise.reject(new Error('L10'));
      } catch (e) {
        console.log('L10-caught', e.message);
      }
      try {
        await Promise.reject(new Error('L11'));
      } catch (e) {
        console.log('L11-caught', e.message);
      }
      throw new Error('L9-throw');
    })().then((v) => console.log('L12', v));
  });
  new Promise((r) => r('c'))
  .then((v) => {
    console.log('L13', v);
    setTimeout((a0, a1) => {
      console.log('L14', a0, a1);
      new Promise((r) => r('c'))
      .catch((e) => {
        console.log('L15', e.message);
        throw new Error('L15-err');
      })
      .catch((e) => {
        console.log('L16', e.message);
        return 13;
      })
      .catch((e) => {
        console.log('L17', e.message);
        return 1;
      })
      .then((v) => {
        console.log('L18', v);
        return { then(r) { console.log('L18-then'); r(21); } };
      });
    }, 150, 1, 2);
    return { then(r) { console.log('L13-then'); r(2); } };
  })
  .then((v) => {
    console.log('L19', v);
    return { then(r) { console.log('L19-then'); r(8); } };
  })
  .then((v) => {
    console.log('L20', v);
    throw new Error('L20-err');
  })
  .catch((e) => {
    console.log('L21', e.message);
    return 'b';
  })
  .catch((e) => console.log('L22', e.message));
});
process.nextTick((a0) => {
  console.log('L23', a0);
  Promise.resolve().then(() => { console.log('L24-then'); throw new Error('L24'); });
  queueMicrotask(() => {
    console.log('L25');
    Promise.resolve(21).then((v) => {
      console.log('L26', v);
    });
  });
}, 'x');
tp.setTimeout(200, 21).then((v) => {
  console.log('L27', v);
  queueMicrotask(() => {
    console.log('L28');
    tp.setTimeout(100, 3).then((v) => {
      console.log('L29', v);
    });
  });
  new Promise((res, rej) => {
    console.log('L30');
    setImmediate(() => res(2));
  }).then((v) => {
    console.log('L31', v);
    (async () => {
      console.log('L32');
      console.log('L33', await { then(r) { console.log('L33-then'); r(1); } });
      return await Promise.resolve('c');
    })().then((v) => console.log('L34', v), (e) => console.log('L34-rej', e.message));
    Promise.resolve({ then(r) { console.log('L35'); r(13); } })
    .catch((e) => {
      console.log('L36', e.message);
      Promise.resolve(1)
      .then((v) => {
        console.log('L37', v);
        return Promise.resolve(8);
      })
      .catch((e) => {
        console.log('L38', e.message);
        return { then(r) { console.log('L38-then'); r(8); } };
      })
      .then((v) => {
        console.log('L39', v);
        return;
      })
      .catch((e) => console.log('L40', e.message));
      return { then(r) { console.log('L36-then'); r(3); } };
    })
    .then((v) => {
      console.log('L41', v);
      return Promise.resolve(21);
    })
    .then((v) => {
      console.log('L42', v);
      return 34;
    }, (e) => {
      console.log('L42-rej', e.message);
      return 5;
    })
    .then((v) => {
      console.log('L43', v);
      return { then(r) { console.log('L43-then'); r(34); } };
    });
  }, (e) => console.log('L31-rej', e.message));
});
Promise.reject(new Error('L44'))
.then((v) => {
  console.log('L45', v);
  return 13;
})
.then((v) => {
  console.log('L46', v);
  throw new Error('L46-err');
})
.then((v) => {
  console.log('L47', v);
  throw new Error('L47-err');
}, (e) => {
  console.log('L47-rej', e.message);
  return 3;
})
.then((v) => {
  console.log('L48', v);
  return 1;
})
.catch((e) => console.log('L49', e.message));
Promise.resolve(2).then((v) => {
  console.log('L50', v);
  queueMicrotask(() => {
    console.log('L51');
    setTimeout((a0, a1) => {
      console.log('L52', a0, a1);
    }, 350, 1, 2);
  });
  Promise.resolve(2).then((v) => {
    console.log('L53', v);
  });
});
