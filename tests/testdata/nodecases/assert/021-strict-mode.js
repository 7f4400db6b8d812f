// assert.strict maps equal/deepEqual/notEqual/notDeepEqual to the strict variants and strict.strict is itself.
const assert = require('assert');
const { strict } = assert;
console.log(strict.strict === strict, strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.ok === assert.ok, strict.throws === assert.throws, strict.AssertionError === assert.AssertionError,
  strict === assert, typeof strict, strict.name);
try { strict.equal(1, '1'); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.operator); }
try { strict(0, 'zero'); } catch (e) { console.log(e.operator, e.message); }
try { strict(); } catch (e) { console.log(e.message); }
assert.equal(1, '1');
strict.notEqual(1, '1');
console.log('done');
