// equal/notEqual use == (with NaN equal to NaN); failure messages read "a == b" / "a != b".
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
show(() => assert.equal(1, '1'));
show(() => assert.equal(null, undefined));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(0, false));
show(() => assert.equal(1, 2));
show(() => assert.equal('a', 'b'));
show(() => assert.equal({}, {}));
show(() => assert.equal(1, 2, 'mine'));
show(() => assert.notEqual(1, 2));
show(() => assert.notEqual(1, '1'));
show(() => assert.notEqual(NaN, NaN));
show(() => assert.notEqual(null, undefined, 'nullish'));
show(() => assert.equal([1, 2], '1,2'));
