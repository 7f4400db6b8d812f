// path.basename returns the last component without trailing slashes, optionally removing a matching suffix.
const path = require('path');
const inputs = ['', '/', '//', 'a', 'a/', 'a//', '/a', '/a/b', '/a/b/', 'a/b.txt', '.', '..', '.bashrc', 'a/.bashrc',
  '/foo/bar/baz/asdf/quux.html', 'file.tar.gz', 'a\\b'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(path.basename(p)));
const withExt = [['quux.html', '.html'], ['quux.html', 'html'], ['quux.html', 'x.html'], ['quux.html', 'quux.html'],
  ['/a/quux.html/', '.html'], ['a.js', '.ts'], ['.js', '.js'], ['a.js', ''], ['aaa', 'a'], ['aaa', 'aa'], ['aaa', 'aaaa'],
  ['/aaa/', 'a'], ['/aaa/b', 'a'], ['a/b.c/', '.c'], ['file.tar.gz', '.gz'], ['file.tar.gz', '.tar.gz'], ['x/', 'x'],
  ['/', '/'], ['a.b', 'b'], ['js', '.js']];
for (const [p, e] of withExt) console.log(JSON.stringify(p), JSON.stringify(e), '->', JSON.stringify(path.basename(p, e)));
