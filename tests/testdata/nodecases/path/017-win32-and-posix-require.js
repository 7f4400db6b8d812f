// require('node:path') is the same object as require('path'); posix helpers are plain functions usable detached.
const { join, basename, extname, sep } = require('node:path');
console.log(join('a', 'b'), basename('/x/y.z', '.z'), extname('y.z'), sep);
const path = require('path');
const { dirname } = path;
const fns = ['a/b', 'c/d.e'].map((p) => dirname(p) + ':' + path.basename(p));
console.log(fns);
console.log(Object.keys(path).filter((k) => typeof path[k] !== 'function').sort().join());
