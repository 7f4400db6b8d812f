// A validation object mismatch produces a deepStrictEqual-style diff of the compared keys (operator 'throws').
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.operator, e.generatedMessage);
    console.log(e.message);
    console.log(e.actual instanceof Error, typeof e.expected);
  }
}
const boom = () => { const e = new Error('boom'); e.code = 'E1'; throw e; };
show(() => assert.throws(boom, { message: 'boom', code: 'E2' }));
show(() => assert.throws(boom, { message: /bam/ }));
show(() => assert.throws(boom, { code: 'E1', missing: 1 }));
show(() => assert.throws(boom, new RangeError('boom')));
show(() => assert.throws(boom, { code: 'E3' }, 'custom text'));
show(() => assert.throws(() => { throw 'prim'; }, { message: 'x' }));
