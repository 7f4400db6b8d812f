// strictEqual uses Object.is: NaN equals NaN, 0 and -0 differ; short primitives are shown as "a !== b".
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(-0, -0));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual(true, false));
show(() => assert.strictEqual(1n, 2n));
show(() => assert.strictEqual(Symbol.for('a'), Symbol.for('a')));
show(() => assert.strictEqual(1, 2, 'custom message'));
show(() => assert.strictEqual(1, 2, new RangeError('as is')));
show(() => assert.strictEqual('hello world, this is long', 'hello world, this is lung'));
show(() => assert.strictEqual('abcdefghijklmnop', 'x'));
show(() => assert.strictEqual('line1\nline2', 'line1\nline3'));
