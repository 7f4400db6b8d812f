// assert/assert.ok pass on truthy values; on falsy ones they throw an AssertionError (operator '==', expected true); an Error message is thrown as is.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected, e instanceof assert.AssertionError);
  }
}
show(() => assert(1));
show(() => assert.ok('x'));
show(() => assert.ok({}));
show(() => assert(0, 'zero is falsy'));
show(() => assert.ok('', 'empty'));
show(() => assert.ok(null, 42));
show(() => assert.ok());
show(() => assert());
show(() => assert.ok(false, new TypeError('custom')));
console.log(assert.ok === assert, typeof assert, assert.name, assert.ok.length);
