// match/doesNotMatch test a string against a RegExp and validate both arguments.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.match('abc', /b/));
show(() => assert.match('abc', /x/));
show(() => assert.match('abc', /x/, 'custom'));
show(() => assert.match(123, /1/));
show(() => assert.match('abc', 'b'));
show(() => assert.doesNotMatch('abc', /x/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.doesNotMatch('abc', /b/, new Error('own')));
show(() => assert.doesNotMatch({}, /b/));
show(() => assert.match("it's", /x/));
