// deepStrictEqual failures carry a "+ actual - expected" line diff of the inspected values.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.operator, e.generatedMessage);
    console.log(e.message);
    console.log('--');
  }
}
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
show(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2], b: 1 }));
show(() => assert.deepStrictEqual([1], [1, 2, 3]));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'my message'));
show(() => assert.deepStrictEqual('abcdefghij', 'abcdefghik'));
