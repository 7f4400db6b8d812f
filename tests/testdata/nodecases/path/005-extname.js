// path.extname returns the part from the last '.' of the last component; dotfiles and '..' have no extension.
const path = require('path');
const inputs = ['', '.', '..', '...', '.a', '..a', 'a.', 'a..', 'a.b', 'a.b.c', '.a.b', '/a.b/', '/a.b//', 'a/.b',
  'a.b/c', 'a.b/.c', 'file.tar.gz', '/foo/bar/baz.html', 'index.', '.index', '.index.md', 'a/..', 'a/...', 'a/.../',
  'x.y/', '/.', '/..', 'a.b\\c', 'a .b', '.x.'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(path.extname(p)));
