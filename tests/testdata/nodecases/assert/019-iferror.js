// ifError throws for anything but null/undefined, with "ifError got unwanted exception: ..." messages.
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.expected, e.actual === v);
  }
}
let v;
for (v of [null, undefined, new Error('disk full'), new TypeError(''), 'str', 0, false, { message: 'obj msg' }, { a: 1 }]) {
  show(() => assert.ifError(v));
}
