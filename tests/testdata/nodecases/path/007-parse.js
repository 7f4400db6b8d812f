// path.parse splits a path into root, dir, base, name and ext consistently with dirname/basename/extname.
const path = require('path');
const inputs = ['', '/', '//', '/home/user/dir/file.txt', 'file.txt', '.bashrc', '/.bashrc', 'a/b/', 'a/b.c/',
  '/a', 'a', '.', '..', '/..', 'a/..', 'x.tar.gz', '/x/y.', './y', '//a//b.c//', 'a.b.c/d'];
for (const p of inputs) console.log(JSON.stringify(p), JSON.stringify(path.parse(p)));
