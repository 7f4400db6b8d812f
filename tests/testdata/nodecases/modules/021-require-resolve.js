// require.resolve returns the absolute resolved filename (checked by basename) without loading the module; builtins resolve to their own names.
const path = require('path');
const r = require.resolve('./fixtures/math');
console.log(path.isAbsolute(r), path.basename(r), r === path.join(__dirname, 'fixtures', 'math.js'));
console.log(path.basename(require.resolve('./fixtures/dir-index')), path.basename(require.resolve('./fixtures/dir-pkg')));
console.log(path.basename(require.resolve('./fixtures/data')), path.basename(require.resolve('some-pkg')));
console.log(require.resolve('events'), require.resolve('node:events'));
console.log(r in require.cache);
try {
  require.resolve('./fixtures/nope');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(typeof require.resolve.paths, Array.isArray(require.resolve.paths('x')), require.resolve.paths('fs'));
