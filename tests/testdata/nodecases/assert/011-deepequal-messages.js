// deepEqual/notDeepEqual/notDeepStrictEqual failure messages show the inspected values with the loose wording.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual([1, 2], [1]));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
show(() => assert.notDeepStrictEqual(5, 5));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepEqual(1, 1, 'custom'));
