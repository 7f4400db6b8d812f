// Requiring a folder loads its index.js (with or without a trailing slash).
const a = require('./fixtures/dir-index');
const b = require('./fixtures/dir-index/');
console.log(a, a === b);
console.log(require('./fixtures/dir-index/index.js') === a, require('./fixtures/dir-index/index') === a);
