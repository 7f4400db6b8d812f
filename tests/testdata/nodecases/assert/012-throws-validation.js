// throws accepts a constructor, RegExp, validation object, Error instance or function as the expected error.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
const boom = () => { throw new TypeError('boom 42'); };
show(() => assert.throws(boom));
show(() => assert.throws(boom, TypeError));
show(() => assert.throws(boom, Error));
show(() => assert.throws(boom, /boom \d+/));
show(() => assert.throws(boom, { name: 'TypeError', message: 'boom 42' }));
show(() => assert.throws(boom, { message: /^boom/ }));
show(() => assert.throws(boom, new TypeError('boom 42')));
show(() => assert.throws(boom, (e) => e instanceof TypeError && /42/.test(e.message)));
show(() => assert.throws(() => { throw 'str'; }, /st/));
show(() => assert.throws(() => { throw null; }));
show(() => assert.throws(boom, RangeError));
show(() => assert.throws(boom, /nope/));
show(() => assert.throws(boom, function check(e) { return false; }));
show(() => assert.throws(boom, (e) => 'yes'));
show(() => assert.throws(() => { throw 5; }, RangeError));
