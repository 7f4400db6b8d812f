// path is path.posix: sep '/', delimiter ':', and path.posix.posix loops back; win32 has '\' and ';'.
const path = require('path');
console.log(path.sep, path.delimiter, path === path.posix, path.posix.posix === path);
console.log(path.win32.sep, path.win32.delimiter, path.win32.win32 === path.win32, path.win32 === path.posix.win32);
console.log(require('node:path') === path);
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('x'), path.toNamespacedPath(5), path._makeLong('q'));
console.log(typeof path.join, path.join.length, path.normalize.length, path.relative.length, path.basename.length);
console.log(['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
  'extname', 'format', 'parse'].every((k) => typeof path[k] === 'function'));
