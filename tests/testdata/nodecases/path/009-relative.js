// path.relative computes the path from one location to another after resolving both.
const path = require('path');
const cases = [['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', '/a'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'],
  ['/', '/a/b'], ['/a/b', '/'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/foo/bar', '/foo/bar/'], ['/foo', '/foo/../bar'],
  ['', ''], ['a', 'a'], ['a/b', 'a/c'], ['a', 'b/c'], ['.', 'x'], ['/page1/page2/foo', '/'], ['/baz-quux', '/baz'],
  ['/baz', '/baz-quux'], ['/var/lib', '/bin'], ['/var/', '/var/lib']];
for (const [a, b] of cases) console.log(JSON.stringify(a), JSON.stringify(b), '->', JSON.stringify(path.relative(a, b)));
