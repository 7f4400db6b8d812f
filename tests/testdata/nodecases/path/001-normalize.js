// path.normalize resolves '.', '..' and repeated slashes, keeps a trailing slash, and returns '.' for ''.
const path = require('path');
const inputs = ['', '.', './', '..', '../', '/', '//', '///', 'a', 'a/', 'a//b', './a', 'a/./b', 'a/../b',
  'a/b/../../..', '/a/b/../../..', '/..', '/../a', '../../a', 'a/..', 'a/../', './../', './/..//a/',
  '/foo/bar//baz/asdf/quux/..', 'foo/bar/../../../baz', '...', 'a/.../b', '..a/b', 'a/..b/../c', '/./', '.a/..',
  'a/b/c/../../../..', '//a//b//', 'a\\b/../c'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
