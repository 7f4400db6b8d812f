// readdir: sorted names, Dirents with withFileTypes, recursive listings, the buffer encoding.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
fs.mkdirSync(path.join(tmp, 'sub', 'deep'), { recursive: true });
for (const n of ['b.txt', 'a.txt', 'C.txt', 'sub/s1.txt', 'sub/deep/d1.txt']) fs.writeFileSync(path.join(tmp, n), n);
fs.symlinkSync('a.txt', path.join(tmp, 'link'));
console.log(fs.readdirSync(tmp));
const ents = fs.readdirSync(tmp, { withFileTypes: true });
for (const d of ents) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.parentPath === tmp, d.path === tmp, d instanceof fs.Dirent);
}
console.log(Object.keys(ents[0]));
console.log(fs.readdirSync(tmp, { recursive: true }));
console.log(fs.readdirSync(tmp, { recursive: true, withFileTypes: true }).map((d) => `${path.relative(tmp, d.parentPath) || '.'}:${d.name}`));
console.log(fs.readdirSync(tmp, 'buffer').map((b) => b.toString()));
fs.readdir(path.join(tmp, 'sub'), { withFileTypes: true }, (err, list) => {
  console.log('callback', err, list.map((d) => [d.name, d.isDirectory()]));
  fs.promises.readdir(tmp, { recursive: true }).then((names) => {
    console.log('promise', names);
    fs.rmSync(tmp, { recursive: true });
  });
});
