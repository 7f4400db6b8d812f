// An uncaught AssertionError prints its stack ("AssertionError [ERR_ASSERTION]: ...") and its properties, and exits with 1.
const assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('after');
