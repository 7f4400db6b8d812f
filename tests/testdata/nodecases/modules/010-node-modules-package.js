// Bare specifiers are looked up in node_modules folders (walking up from the requiring file), honouring "main", subpaths and scopes.
const pkg = require('some-pkg');
console.log(pkg);
console.log(require('some-pkg/extra'));
console.log(require('some-pkg/lib/helper') === pkg.helper);
console.log(require('@scope/tool'));
console.log(require('./fixtures/nested/uses-pkg'));
console.log(require('./node_modules/some-pkg/lib/main.js') === pkg);
