// path.dirname returns the directory part, ignoring trailing slashes; '.' without a slash, '/' at the root.
const path = require('path');
const inputs = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a/b', 'a/b/', 'a//b', '/a', '/a/', '/a/b', '/a/b/',
  '//a', '//a/b', '///a', 'a/b/c.txt', './a', '../a', '/foo/bar/baz/asdf/quux', 'foo/', '.a/b', 'a/b//'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(path.dirname(p)));
