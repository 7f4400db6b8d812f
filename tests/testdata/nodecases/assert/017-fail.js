// assert.fail throws with 'Failed' by default, a given message, or a given Error; operator is 'fail'.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected);
  }
}
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new TypeError('typed')));
show(() => assert.fail(undefined));
show(() => assert.fail(null));
show(() => assert.fail(42));
