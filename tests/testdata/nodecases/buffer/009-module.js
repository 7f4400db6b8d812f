// require('buffer') and require('node:buffer'): the exports and their values.
const buffer = require('buffer');
console.log(buffer === require('node:buffer'), buffer.Buffer === Buffer);
const want = ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES'];
console.log(want.map((k) => `${k}:${typeof buffer[k]}`).join(' '));
console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, buffer.INSPECT_MAX_BYTES);
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength);
console.log(buffer.atob('aGk='), buffer.btoa('hi'), buffer.atob === atob);
console.log(buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xff])), buffer.isUtf8(new ArrayBuffer(2)));
console.log(buffer.isAscii(Buffer.from('hello')), buffer.isAscii(Buffer.from('héllo')));
try { buffer.isUtf8('x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(buffer.transcode(Buffer.from('héllo'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('€a'), 'utf8', 'ascii'),
  buffer.transcode(Buffer.from('hi', 'latin1'), 'latin1', 'ucs2'));
const { Buffer: B } = require('node:buffer');
console.log(B.from('ok').toString());
