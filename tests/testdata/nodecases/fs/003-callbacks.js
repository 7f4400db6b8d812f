// The callback API: (err) or (null, result), errors without stack frames, callbacks after the sync code.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const rel = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
const f = path.join(tmp, 'f.txt');
const steps = [
  (next) => fs.writeFile(f, 'one', function (err) { console.log('writeFile', err, arguments.length); next(); }),
  (next) => fs.appendFile(f, '+two', (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile(f, 'utf8', (err, s) => { console.log('readFile', err, s); next(); }),
  (next) => fs.readFile(f, (err, b) => { console.log('readFile buffer', b.length, b.toString()); next(); }),
  (next) => fs.stat(f, (err, st) => { console.log('stat', err, st.size, st.isFile(), st instanceof fs.Stats); next(); }),
  (next) => fs.mkdir(path.join(tmp, 'a', 'b'), { recursive: true }, (err, first) => { console.log('mkdir', err, rel(first)); next(); }),
  (next) => fs.readdir(tmp, (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.copyFile(f, path.join(tmp, 'g.txt'), (err) => { console.log('copyFile', err); next(); }),
  (next) => fs.rename(path.join(tmp, 'g.txt'), path.join(tmp, 'h.txt'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.access(path.join(tmp, 'h.txt'), fs.constants.R_OK, (err) => { console.log('access', err); next(); }),
  (next) => fs.exists(path.join(tmp, 'h.txt'), (ok) => { console.log('exists', ok); next(); }),
  (next) => fs.unlink(path.join(tmp, 'h.txt'), function (err) { console.log('unlink', err, arguments.length); next(); }),
  (next) => fs.readFile(path.join(tmp, 'nope'), (err, data) => {
    console.log('readFile error', rel(err.message), err.code, err.errno, err.syscall, rel(err.path), data);
    console.log('stack', rel(err.stack));
    next();
  }),
  (next) => fs.rm(path.join(tmp, 'a'), (err) => { console.log('rm dir', err.name, err.code, rel(err.message)); next(); }),
  (next) => fs.rm(path.join(tmp, 'a'), { recursive: true }, (err) => { console.log('rm recursive', err); next(); }),
  (next) => fs.realpath(path.join(tmp, 'nope'), (err) => { console.log('realpath', err.syscall, rel(err.path)); next(); }),
  (next) => fs.rmdir(tmp, (err) => { console.log('rmdir', err.code); next(); }),
];
let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else fs.rm(tmp, { recursive: true }, (err) => console.log('done', err, fs.existsSync(tmp)));
}
next();
console.log('sync code ends first');
