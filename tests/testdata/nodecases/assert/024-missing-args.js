// The two-argument assertions throw ERR_MISSING_ARGS when called with fewer than two arguments.
const assert = require('assert');
for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  try { assert[name](1); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
try { assert.strictEqual(undefined, undefined); console.log('explicit undefined ok'); } catch (e) { console.log(e.message); }
