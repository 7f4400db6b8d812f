// open/read/write/close with descriptors, synchronous and with callbacks.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const f = path.join(tmp, 'f.bin');
const fd = fs.openSync(f, 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('HELLO'), 0, 5, 0));
console.log(fs.writeSync(fd, 'xyz', 100 - 100 + 11));
const buf = Buffer.alloc(20);
console.log(fs.readSync(fd, buf, 0, 20, 0), JSON.stringify(buf.toString('utf8', 0, 14)));
console.log(fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString('utf8', 0, 3));
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 5);
console.log(fs.fstatSync(fd).size, fs.readFileSync(f, 'utf8'));
fs.closeSync(fd);
try {
  fs.closeSync(fd);
} catch (e) {
  console.log('close twice', e.code, e.syscall, e.message);
}
fs.open(f, 'r', (err, fd2) => {
  console.log('open', err, typeof fd2);
  const b = Buffer.alloc(10);
  fs.read(fd2, b, 0, 10, null, (err, n, same) => {
    console.log('read', err, n, same === b, b.toString('utf8', 0, n));
    fs.read(fd2, b, 0, 10, null, (err, n) => {
      console.log('read at end', err, n);
      fs.close(fd2, (err) => {
        console.log('close', err);
        fs.open(f, 'a', (err, fd3) => {
          fs.write(fd3, ' appended', (err, written, str) => {
            console.log('write string', err, written, str);
            fs.write(fd3, Buffer.from('!'), (err, written, b2) => {
              console.log('write buffer', err, written, b2.toString());
              fs.closeSync(fd3);
              console.log(fs.readFileSync(f, 'utf8'));
              fs.read(fd3, Buffer.alloc(1), 0, 1, 0, (err) => {
                console.log('read closed', err.code, err.syscall, err.message);
                fs.rmSync(tmp, { recursive: true });
              });
            });
          });
        });
      });
    });
  });
});
