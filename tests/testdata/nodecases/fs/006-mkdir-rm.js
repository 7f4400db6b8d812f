// mkdir recursive returns the first directory created; rm needs recursive for directories and force for missing paths.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const rel = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
console.log(rel(fs.mkdirSync(path.join(tmp, 'a', 'b', 'c'), { recursive: true })));
console.log(fs.mkdirSync(path.join(tmp, 'a', 'b'), { recursive: true }));
console.log(rel(fs.mkdirSync(path.join(tmp, 'a', 'b', 'c', 'd'), { recursive: true })));
console.log(fs.mkdirSync(path.join(tmp, 'plain')));
fs.writeFileSync(path.join(tmp, 'file'), '');
for (const [label, fn] of [
  ['mkdir over file', () => fs.mkdirSync(path.join(tmp, 'file'), { recursive: true })],
  ['mkdir under file', () => fs.mkdirSync(path.join(tmp, 'file', 'x'), { recursive: true })],
  ['rm dir', () => fs.rmSync(path.join(tmp, 'a'))],
  ['rm bad option', () => fs.rmSync(path.join(tmp, 'a'), { recursive: 'yes' })],
  ['mkdir bad mode', () => fs.mkdirSync(path.join(tmp, 'm'), { mode: 'zz' })],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message));
    if (e.code === 'ERR_FS_EISDIR') console.log(' ', e.errno, e.syscall, rel(e.path), JSON.stringify(rel(JSON.stringify(e.info))));
  }
}
fs.mkdirSync(path.join(tmp, 'm'), { mode: 0o700 });
console.log((fs.statSync(path.join(tmp, 'm')).mode & 0o777).toString(8));
fs.rmSync(path.join(tmp, 'a'), { recursive: true });
fs.rmSync(path.join(tmp, 'file'));
fs.rmSync(path.join(tmp, 'gone'), { force: true });
fs.rmdirSync(path.join(tmp, 'plain'));
console.log(fs.readdirSync(tmp));
fs.rmSync(tmp, { recursive: true });
console.log(fs.existsSync(tmp));
