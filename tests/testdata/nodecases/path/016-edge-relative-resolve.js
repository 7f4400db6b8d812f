// relative and resolve collapse '..' beyond the root and ignore trailing slashes.
const path = require('path');
console.log(path.resolve('/', '..', '..', 'a'), path.resolve('/a/b/', '../../..'), path.resolve('/x/', 'y/', '..', './z/'));
console.log(JSON.stringify(path.relative('/a/b/', '/a/b')), JSON.stringify(path.relative('/../a', '/a/')),
  path.relative('/a/b/c/d', '/a/x/y'), path.relative('/a//b', '/a/b//c'));
console.log(path.normalize('/../../..'), path.normalize('../../..'), path.normalize('a/../../b/./c/..'));
