// fs/promises and fs.promises: the same functions, resolving with Node's results and rejecting with Node's errors.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
console.log(fs.promises === fsp, require('node:fs/promises') === fsp, typeof fsp.readFile, fsp.readFile.name);
(async () => {
  const tmp = await fsp.mkdtemp(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fsp-'));
  const rel = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
  const f = path.join(tmp, 'f.txt');
  console.log(await fsp.writeFile(f, 'hello'));
  await fsp.appendFile(f, ' world');
  console.log(await fsp.readFile(f, 'utf8'));
  console.log((await fsp.readFile(f)).length);
  const st = await fsp.stat(f);
  console.log(st.size, st.isFile());
  console.log(rel(await fsp.mkdir(path.join(tmp, 'x', 'y'), { recursive: true })));
  console.log(await fsp.mkdir(path.join(tmp, 'x', 'y'), { recursive: true }));
  console.log(await fsp.readdir(tmp));
  await fsp.copyFile(f, path.join(tmp, 'copy.txt'));
  await fsp.rename(path.join(tmp, 'copy.txt'), path.join(tmp, 'moved.txt'));
  console.log(await fsp.readFile(path.join(tmp, 'moved.txt'), { encoding: 'utf8' }));
  console.log(await fsp.access(f));
  await fsp.unlink(path.join(tmp, 'moved.txt'));
  for (const [name, fn] of [
    ['readFile', () => fsp.readFile(path.join(tmp, 'nope'))],
    ['stat', () => fsp.stat(path.join(tmp, 'nope'))],
    ['mkdir', () => fsp.mkdir(path.join(tmp, 'x'))],
    ['rmdir', () => fsp.rmdir(path.join(tmp, 'x'))],
    ['rm', () => fsp.rm(path.join(tmp, 'x'))],
    ['realpath', () => fsp.realpath(path.join(tmp, 'nope'))],
    ['access', () => fsp.access(path.join(tmp, 'nope'))],
    ['rename', () => fsp.rename(path.join(tmp, 'nope'), path.join(tmp, 'z'))],
  ]) {
    try {
      await fn();
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.errno, e.syscall, rel(e.message));
    }
  }
  const fh = await fsp.open(f, 'r+');
  console.log(typeof fh.fd, fh.fd > 2);
  const b = Buffer.alloc(5);
  const r = await fh.read(b, 0, 5, 0);
  console.log(r.bytesRead, r.buffer === b, b.toString());
  const w = await fh.write('HELLO', 0);
  console.log(w.bytesWritten, w.buffer);
  const w2 = await fh.write(Buffer.from('!!'), 0, 2, 11);
  console.log(w2.bytesWritten);
  console.log((await fh.stat()).size);
  console.log(await fh.readFile('utf8'));
  await fh.close();
  console.log(fh.fd);
  try {
    await fh.read(b, 0, 1, 0);
  } catch (e) {
    console.log('after close', e.code, e.syscall, e.message);
  }
  const fh2 = await fsp.open(path.join(tmp, 'new.txt'), 'w');
  await fh2.writeFile('via handle');
  await fh2.close();
  console.log(await fsp.readFile(path.join(tmp, 'new.txt'), 'utf8'));
  await fsp.writeFile(path.join(tmp, 'iter.txt'), ['a', 'b', Buffer.from('c')]);
  console.log(await fsp.readFile(path.join(tmp, 'iter.txt'), 'utf8'));
  await fsp.rm(tmp, { recursive: true });
  console.log(fs.existsSync(tmp));
})();
