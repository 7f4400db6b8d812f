// copyFile modes, access modes, truncate, fs.constants, util.promisify of fs functions, rmdir.
const fs = require('fs');
const path = require('path');
const util = require('util');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, 'content', { mode: 0o600 });
fs.copyFileSync(f, path.join(tmp, 'g'));
console.log(fs.readFileSync(path.join(tmp, 'g'), 'utf8'), (fs.statSync(path.join(tmp, 'g')).mode & 0o777).toString(8));
try {
  fs.copyFileSync(f, path.join(tmp, 'g'), fs.constants.COPYFILE_EXCL);
} catch (e) {
  console.log(e.code, e.syscall);
}
fs.copyFileSync(f, f);
console.log(fs.readFileSync(f, 'utf8'));
fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
console.log('access ok', fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK, fs.F_OK);
console.log(fs.constants.O_RDONLY, fs.constants.O_WRONLY, fs.constants.O_RDWR, fs.constants.S_IFMT, fs.constants.S_IFDIR, fs.constants.COPYFILE_EXCL);
fs.truncateSync(f, 3);
console.log(fs.readFileSync(f, 'utf8'));
fs.truncateSync(f);
console.log(fs.statSync(f).size);
fs.renameSync(path.join(tmp, 'g'), path.join(tmp, 'h'));
console.log(fs.readdirSync(tmp));
const readFile = util.promisify(fs.readFile);
const exists = util.promisify(fs.exists);
const stat = util.promisify(fs.stat);
(async () => {
  console.log(await readFile(path.join(tmp, 'h'), 'utf8'));
  console.log(await exists(path.join(tmp, 'h')), await exists(path.join(tmp, 'nope')));
  console.log((await stat(path.join(tmp, 'h'))).size);
  try {
    await readFile(path.join(tmp, 'nope'));
  } catch (e) {
    console.log(e.code);
  }
  fs.mkdirSync(path.join(tmp, 'd', 'e'), { recursive: true });
  fs.rmdirSync(path.join(tmp, 'd', 'e'));
  console.log(fs.readdirSync(path.join(tmp, 'd')));
  fs.rmSync(tmp, { recursive: true });
})();
