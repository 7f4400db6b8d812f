// Synchronous errors carry Node's message, errno, code, syscall, path and dest.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const rel = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', rel(r));
  } catch (e) {
    console.log(label, e.name, rel(e.message));
    console.log('  ', JSON.stringify({ errno: e.errno, code: e.code, syscall: e.syscall, path: rel(e.path), dest: rel(e.dest) }), Object.keys(e).join());
  }
}
const f = path.join(tmp, 'f.txt');
const d = path.join(tmp, 'd');
fs.writeFileSync(f, 'hi');
fs.mkdirSync(d);
fs.writeFileSync(path.join(d, 'x'), '1');
const nope = path.join(tmp, 'nope');
show('readFile', () => fs.readFileSync(nope));
show('readFile dir', () => fs.readFileSync(d));
show('stat', () => fs.statSync(nope));
show('lstat', () => fs.lstatSync(nope));
show('stat notdir', () => fs.statSync(path.join(f, 'x')));
show('readdir', () => fs.readdirSync(nope));
show('readdir file', () => fs.readdirSync(f));
show('mkdir exists', () => fs.mkdirSync(d));
show('mkdir noparent', () => fs.mkdirSync(path.join(nope, 'a')));
show('rmdir notempty', () => fs.rmdirSync(d));
show('rmdir missing', () => fs.rmdirSync(nope));
show('rmdir file', () => fs.rmdirSync(f));
show('rm missing', () => fs.rmSync(nope));
show('rm force', () => fs.rmSync(nope, { force: true }));
show('rm dir', () => fs.rmSync(d));
show('unlink missing', () => fs.unlinkSync(nope));
show('unlink dir', () => fs.unlinkSync(d));
show('rename', () => fs.renameSync(nope, path.join(tmp, 'y')));
show('copyFile', () => fs.copyFileSync(nope, path.join(tmp, 'y')));
show('copyFile excl', () => fs.copyFileSync(f, path.join(d, 'x'), fs.constants.COPYFILE_EXCL));
show('access', () => fs.accessSync(nope));
show('open', () => fs.openSync(nope));
show('open wx', () => fs.openSync(f, 'wx'));
show('writeFile dir', () => fs.writeFileSync(d, 'x'));
show('close bad', () => fs.closeSync(987654));
show('realpath native', () => fs.realpathSync.native(nope));
show('readlink', () => fs.readlinkSync(f));
show('truncate', () => fs.truncateSync(nope));
fs.rmSync(tmp, { recursive: true, force: true });
