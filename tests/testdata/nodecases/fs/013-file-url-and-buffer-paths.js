// Paths may be strings, Buffers or file: URLs.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-fs-'));
const f = path.join(tmp, 'with space.txt');
fs.writeFileSync(Buffer.from(f), 'via buffer');
console.log(fs.readFileSync(new URL('file://' + encodeURI(f)), 'utf8'));
console.log(fs.existsSync(new URL('file://' + encodeURI(f))), fs.statSync(Buffer.from(f)).size);
fs.rmSync(new URL('file://' + encodeURI(tmp)), { recursive: true });
console.log(fs.existsSync(tmp));
