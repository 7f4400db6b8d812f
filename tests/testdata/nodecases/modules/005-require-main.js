// require.main === module only in the entry script; inside a required module require.main still points at the entry module.
const path = require('path');
console.log(require.main === module, module.id, path.basename(require.main.filename));
const info = require('./fixtures/main-check');
console.log(info.isMain, info.mainBase);
console.log(module.parent, typeof module.children, module.children.length > 0);
