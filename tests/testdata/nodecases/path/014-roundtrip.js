// format(parse(p)) reproduces normalized absolute paths; join(dirname, basename) gives back simple paths.
const path = require('path');
for (const p of ['/a/b/c.txt', '/a', '/a/.b', 'a/b', 'x.y', '/x/y/z/', 'rel/dir/file.tar.gz', '/']) {
  console.log(JSON.stringify(p), JSON.stringify(path.format(path.parse(p))),
    JSON.stringify(path.join(path.dirname(p), path.basename(p))));
}
