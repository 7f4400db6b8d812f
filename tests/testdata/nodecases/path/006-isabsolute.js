// path.isAbsolute is true exactly when the path starts with '/'.
const path = require('path');
for (const p of ['', '/', '//a', '/a/..', 'a', './a', '../a', '.', '\\a', 'C:\\a', ' /a'])
  console.log(JSON.stringify(p), path.isAbsolute(p));
