// path.join joins non-empty segments with '/' and normalizes; no segments or only empty ones give '.'.
const path = require('path');
const cases = [[], [''], ['', ''], ['a'], ['a', 'b'], ['/a', 'b'], ['a', '/b'], ['a/', '/b/'], ['a', '', 'b'],
  ['a', '..'], ['a', '..', '..'], ['/', '..'], ['.', '.'], ['', '/'], ['', 'a'], ['a', ''], ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
  ['a', './b', '../c'], ['//', 'a'], ['a', '//b//'], ['.', 'x/'], ['..', '..', 'a']];
for (const c of cases) console.log(JSON.stringify(c), '->', JSON.stringify(path.join(...c)));
