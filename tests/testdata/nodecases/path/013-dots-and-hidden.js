// Dotfiles, '..' and trailing dots are handled consistently across basename, extname and parse.
const path = require('path');
for (const p of ['.gitignore', 'dir/.env.local', '..', '../..', 'a/..', '...', 'a.', 'a..', '.a.', '..b', 'x/..y.z']) {
  const o = path.parse(p);
  console.log(JSON.stringify(p), path.basename(p), JSON.stringify(path.extname(p)), o.name, JSON.stringify(o.ext),
    path.basename(p, path.extname(p)), o.base === path.basename(p), o.dir === (path.dirname(p) === '.' && !p.includes('/') ? '' : path.dirname(p)));
}
