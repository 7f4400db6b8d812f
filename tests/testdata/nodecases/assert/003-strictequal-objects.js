// strictEqual on distinct objects reports reference inequality with a +/- diff of their inspected forms.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
const o = { a: 1 };
show(() => assert.strictEqual(o, o));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.strictEqual(function f() {}, function g() {}));
show(() => assert.strictEqual({ a: 1 }, 1));
show(() => assert.strictEqual(null, {}));
