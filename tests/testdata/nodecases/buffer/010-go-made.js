// Buffers made in Go (fs, child_process) are full Node Buffers.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jsloop-buf-'));
const p = path.join(tmp, 'x.bin');
fs.writeFileSync(p, Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f, 0xff]));
const b = fs.readFileSync(p);
console.log(b, Buffer.isBuffer(b), b instanceof Buffer, b.constructor === Buffer);
console.log(b.toString('latin1'), b.readUInt16BE(0), b.indexOf(0x6c), b.subarray(2, 4), b.toJSON().data.length);
console.log({ data: b }, Buffer.concat([b, Buffer.from('!')]).length, b.equals(Buffer.from(b)));
const { execFileSync } = require('child_process');
const out = execFileSync('printf', ['abc']);
console.log(out, Buffer.isBuffer(out), out.toString('hex'));
fs.rmSync(tmp, { recursive: true });
