// throws without an exception reports "Missing expected exception", naming the expected error and message.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected && e.expected.name);
  }
}
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, 'should throw'));
show(() => assert.throws(() => {}, TypeError, 'should throw'));
show(() => assert.throws(() => {}, /x/));
show(() => assert.throws('notfn'));
show(() => assert.throws(() => { throw new Error('e'); }, 'string', 'extra'));
show(() => assert.throws(() => { throw new Error('e'); }, 5));
show(() => assert.throws(() => { throw new Error('same'); }, 'same'));
show(() => assert.throws(() => { throw new Error('e'); }, {}));
