// Requiring a folder with a package.json "main" loads that file instead of index.js.
const p = require('./fixtures/dir-pkg');
console.log(p);
console.log(require('./fixtures/dir-pkg/lib/entry.js') === p, require('./fixtures/dir-pkg/index.js') === p);
