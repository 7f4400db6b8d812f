// Sync calls block the loop; async ones let timers run, and their callbacks come after the current tick and microtasks.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const f = path.join(tmp, 'big');
setTimeout(() => console.log('timeout 0'), 0);
fs.writeFileSync(f, Buffer.alloc(8 * 1024 * 1024, 'a'));
for (let i = 0; i < 3; i++) fs.readFileSync(f);
console.log('sync done');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
fs.readFile(f, (err, data) => {
  console.log('readFile callback', err, data.length);
  process.nextTick(() => console.log('tick inside callback'));
  Promise.resolve().then(() => console.log('microtask inside callback'));
  fs.promises.readFile(f).then((d) => {
    console.log('promise', d.length);
    fs.rmSync(tmp, { recursive: true });
  });
});
