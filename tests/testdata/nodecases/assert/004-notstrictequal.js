// notStrictEqual fails on Object.is-identical values; the message shows the value once.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.notStrictEqual(1, 2));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('abcdef', 'abcdef'));
show(() => assert.notStrictEqual(NaN, NaN));
show(() => assert.notStrictEqual(0, -0));
const o = { a: 1, b: [1, 2] };
show(() => assert.notStrictEqual(o, o));
show(() => assert.notStrictEqual(o, { a: 1, b: [1, 2] }));
show(() => assert.notStrictEqual(1, 1, 'nope'));
