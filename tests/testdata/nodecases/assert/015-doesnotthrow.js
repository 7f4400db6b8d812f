// doesNotThrow rethrows non-matching errors and reports matching ones as "Got unwanted exception".
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.doesNotThrow(() => 1));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }, 'with message'));
show(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError));
show(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, RangeError));
show(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, /t/, 'rx'));
show(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, /zzz/));
show(() => assert.doesNotThrow(() => { throw 'str'; }));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, {}));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, (e) => true));
