// The assert module exposes Node's assertion functions with their names and lengths.
const assert = require('assert');
for (const k of ['ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
  'strictEqual', 'notStrictEqual', 'throws', 'doesNotThrow', 'rejects', 'doesNotReject', 'fail', 'match', 'doesNotMatch', 'ifError']) {
  console.log(k, typeof assert[k], assert[k].name, assert[k].length);
}
console.log(require('node:assert') === assert);
