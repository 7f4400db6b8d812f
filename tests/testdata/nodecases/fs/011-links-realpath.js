// symlink, readlink, link, realpath (JS and native flavours) and their errors.
const fs = require('fs');
const path = require('path');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-')));
const rel = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
fs.mkdirSync(path.join(tmp, 'real'));
fs.writeFileSync(path.join(tmp, 'real', 'file'), 'x');
fs.symlinkSync('real', path.join(tmp, 'alias'));
fs.symlinkSync(path.join(tmp, 'alias', 'file'), path.join(tmp, 'abs-link'));
console.log(fs.readlinkSync(path.join(tmp, 'alias')));
console.log(rel(fs.readlinkSync(path.join(tmp, 'abs-link'))));
console.log(rel(fs.realpathSync(path.join(tmp, 'abs-link'))));
console.log(rel(fs.realpathSync.native(path.join(tmp, 'alias', '..', 'alias', 'file'))));
console.log(rel(fs.realpathSync(path.join(tmp, 'alias'), 'buffer').toString()));
fs.linkSync(path.join(tmp, 'real', 'file'), path.join(tmp, 'hard'));
console.log(fs.statSync(path.join(tmp, 'hard')).nlink);
try {
  fs.symlinkSync('x', path.join(tmp, 'hard'));
} catch (e) {
  console.log(e.code, rel(e.message));
}
try {
  fs.realpathSync(path.join(tmp, 'alias', 'missing', 'more'));
} catch (e) {
  console.log(e.code, e.syscall, rel(e.path));
}
fs.realpath(path.join(tmp, 'abs-link'), (err, p) => {
  console.log('callback', err, rel(p));
  fs.promises.realpath(path.join(tmp, 'nope')).catch((e) => {
    console.log('promise', e.code, e.syscall, rel(e.path));
    fs.promises.readlink(path.join(tmp, 'alias')).then((t) => {
      console.log('readlink promise', t);
      fs.rmSync(tmp, { recursive: true });
    });
  });
});
