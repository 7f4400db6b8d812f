// Every encoding in from, toString and write, with non-ASCII text, surrogates and bad input.
const encs = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
const text = 'héllo wörld €😀 \u0000~\u007f';
for (const e of encs) {
  const b = Buffer.from(text, e);
  console.log(e, b.length, b.toString('hex'), JSON.stringify(b.toString(e)));
}
const bytes = Buffer.from([0, 65, 127, 128, 200, 255, 0xe2, 0x82, 0xac, 0xf0, 0x9f]);
for (const e of encs) console.log('decode', e, JSON.stringify(bytes.toString(e)));
console.log('lone surrogates', Buffer.from('a\ud800b\udc00', 'utf8'), Buffer.from('\ud800', 'ucs2'),
  JSON.stringify(Buffer.from('\ud800x', 'ucs2').toString('ucs2')));
console.log('invalid utf8', JSON.stringify(Buffer.from([0xe2, 0x82, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90]).toString()));
console.log('hex', Buffer.from('0aFfzz12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('zz', 'hex'));
console.log('base64', Buffer.from('aGVs bG8=\n', 'base64').toString(), Buffer.from('aGVsbG8', 'base64').toString(),
  Buffer.from('_-8=', 'base64'), Buffer.from('/+8', 'base64url'), Buffer.from('aGk=aGk=', 'base64').toString());
console.log('base64 out', Buffer.from([251, 255, 191]).toString('base64'), Buffer.from([251, 255, 191]).toString('base64url'),
  Buffer.from('ab').toString('base64'), Buffer.from('ab').toString('base64url'));
console.log('ucs2 odd', JSON.stringify(Buffer.from([0x61, 0, 0x62]).toString('ucs2')));
console.log('ranges', Buffer.from('hello').toString('utf8', 1, 3), Buffer.from('hello').toString(undefined, -5, 100),
  JSON.stringify(Buffer.from('hello').toString('utf8', 4, 2)), Buffer.from('hello').toString('hex', 1.9), Buffer.from('hello').toString('utf8', '1', '3'));
try { Buffer.from('a').toString('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('a').toString(null); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('toLocaleString', Buffer.from('hi').toLocaleString());
console.log('slices', Buffer.from('héllo').hexSlice(0, 3), Buffer.from('héllo').latin1Slice(1, 3), Buffer.from('hi').utf8Slice());
for (const e of ['', null, 0, 'UCS2', 'Hex']) {
  try { console.log('toString', JSON.stringify(e), Buffer.from('ab').toString(e)); } catch (err) { console.log('toString', JSON.stringify(e), err.code, err.message); }
}
console.log('from', Buffer.from('ab', null), Buffer.from('ab', ''), Buffer.byteLength('ab', null), Buffer.byteLength('ab', 'Ucs2'));
