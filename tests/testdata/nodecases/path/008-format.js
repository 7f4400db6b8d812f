// path.format joins dir (or root) and base (or name+ext); a root-only dir adds no separator; ext gets a dot.
const path = require('path');
const objs = [{}, { root: '/' }, { dir: '/home/user', base: 'f.txt' }, { root: '/', base: 'f.txt' },
  { root: '/', dir: '/', base: 'f' }, { root: '/ignored', dir: '/dir', base: 'b' }, { name: 'n', ext: 'e' },
  { name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: '.e' }, { base: 'b', name: 'n', ext: '.e' },
  { dir: 'd' }, { root: '/r/', name: 'x' }, { name: 'x', ext: '' }, { dir: '', root: '', base: '' }];
for (const o of objs) console.log(JSON.stringify(o), '->', JSON.stringify(path.format(o)));
console.log(path.format(path.parse('/a/b/c.d')));
