// Runs the Promises/A+ compliance suite (promises-aplus-tests 2.1.2, vendored under
// node_modules with the sinon it needs) against the runtime's own Promise, with a
// tiny stand-in for mocha's describe/specify. node v20 prints "passed 872 failed 0".
'use strict';
const tests = [];
const names = [];
const hooks = [[]];
global.describe = (name, fn) => { names.push(name); hooks.push([]); fn(); hooks.pop(); names.pop(); };
global.specify = global.it = (name, fn) => tests.push({ name: names.concat(name).join(' > '), fn, before: hooks.flat() });
global.beforeEach = (fn) => hooks[hooks.length - 1].push(fn);
global.afterEach = () => {};
global.adapter = {
  resolved: (v) => Promise.resolve(v),
  rejected: (r) => Promise.reject(r),
  deferred() {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  },
};
// The suite rejects promises and handles them later on purpose.
process.on('unhandledRejection', () => {});
process.on('rejectionHandled', () => {});
for (const n of ['2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.2.5', '2.2.6', '2.2.7', '2.3.1', '2.3.2', '2.3.3', '2.3.4']) {
  require('promises-aplus-tests/lib/tests/' + n);
}
let passed = 0;
let failed = 0;
let i = 0;
function next() {
  if (i >= tests.length) {
    console.log(`passed ${passed} failed ${failed}`);
    return;
  }
  const t = tests[i++];
  let finished = false;
  const timer = setTimeout(() => finish(new Error('timed out')), 1000);
  function finish(err) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    if (err) {
      failed++;
      console.log('FAIL', t.name, String(err && err.message));
    } else {
      passed++;
    }
    setImmediate(next);
  }
  try {
    for (const h of t.before) h();
    if (t.fn.length > 0) t.fn((err) => finish(err));
    else finish(t.fn());
  } catch (e) {
    finish(e);
  }
}
process.on('uncaughtException', (e) => console.log('UNCAUGHT', e && e.message));
next();
