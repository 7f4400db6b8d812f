// buf.write with offsets, lengths and encodings; partial characters are not written.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const w = (...args) => { const b = Buffer.alloc(6, '.'); const n = b.write(...args); return [n, b]; };
show('plain', () => w('hi'));
show('offset', () => w('hi', 3));
show('offset length', () => w('hello', 1, 2));
show('encoding only', () => w('6869', 'hex'));
show('offset encoding', () => w('6869', 4, 'hex'));
show('all four', () => w('aGVsbG8=', 1, 3, 'base64'));
show('overflow', () => w('hello world'));
show('utf8 partial', () => w('aaaa€'));
show('utf8 partial 2', () => w('€€€', 1));
show('ucs2 partial', () => w('abc', 1, 'ucs2'));
show('latin1', () => w('ÿé€', 'latin1'));
show('ascii', () => w('ÿé€', 'ascii'));
show('hex bad', () => w('zz11', 'hex'));
show('hex odd', () => w('1122334', 'hex'));
show('offset too big', () => w('x', 7));
show('offset negative', () => w('x', -1));
show('offset float', () => w('x', 1.5));
show('length too big', () => w('x', 0, 7));
show('bad encoding', () => w('x', 0, 1, 'nope'));
show('not a string', () => w(5));
show('empty', () => w(''));
show('utf8Write', () => { const b = Buffer.alloc(4); return [b.utf8Write('héé', 1), b]; });
