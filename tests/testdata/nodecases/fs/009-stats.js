// Stats objects: own fields in Node's order, methods on the prototype, Dates, BigIntStats.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, '12345');
const st = fs.statSync(f);
console.log(Object.keys(st).join());
console.log(st.constructor.name, st instanceof fs.Stats, typeof st.isFile, Object.keys(Object.getPrototypeOf(st)));
console.log(st.size, st.nlink, typeof st.ino, typeof st.dev, typeof st.mtimeMs, st.mtime instanceof Date);
console.log(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1, st.isFile(), st.isDirectory(), st.isFIFO(), st.isSocket(), st.isBlockDevice(), st.isCharacterDevice());
const big = fs.statSync(f, { bigint: true });
console.log(big.constructor.name, typeof big.size, big.size, typeof big.mtimeNs, big.isFile(), Object.keys(big).length);
fs.utimesSync(f, 1000, 2000);
const st2 = fs.statSync(f);
console.log(st2.atimeMs, st2.mtimeMs, st2.mtime.toISOString());
fs.utimesSync(f, new Date('2020-01-02T03:04:05.678Z'), new Date('2021-01-02T03:04:05.678Z'));
console.log(fs.statSync(f).mtime.toISOString(), fs.statSync(f).atime.toISOString());
fs.chmodSync(f, 0o640);
console.log((fs.statSync(f).mode & 0o777).toString(8));
fs.chmodSync(f, '600');
console.log((fs.statSync(f).mode & 0o777).toString(8));
fs.symlinkSync(f, path.join(tmp, 'l'));
console.log(fs.lstatSync(path.join(tmp, 'l')).isSymbolicLink(), fs.statSync(path.join(tmp, 'l')).isSymbolicLink());
fs.stat(f, { bigint: true }, (err, s) => {
  console.log('callback bigint', err, typeof s.size);
  fs.lstat(path.join(tmp, 'l'), (err, s) => {
    console.log('callback lstat', err, s.isSymbolicLink());
    fs.rmSync(tmp, { recursive: true });
  });
});
