// path.resolve works right to left until an absolute path is formed, then prefixes process.cwd().
const path = require('path');
const cwd = process.cwd();
const cases = [[], [''], ['.'], ['a'], ['a', 'b'], ['/a', 'b'], ['/a', '/b', 'c'], ['/a/b', '../c'], ['/', '..'],
  ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'], ['a/', ''],
  ['/a//b/', './'], ['..']];
for (const c of cases) {
  const r = path.resolve(...c);
  console.log(JSON.stringify(c), path.isAbsolute(r), JSON.stringify(c.some((s) => s[0] === '/') ? r : path.relative(cwd, r)));
}
console.log(path.resolve() === cwd, path.resolve('') === cwd, path.resolve('x') === cwd + '/x');
