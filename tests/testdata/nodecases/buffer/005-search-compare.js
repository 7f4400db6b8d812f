// indexOf, lastIndexOf, includes, equals and compare, with offsets and encodings.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const b = Buffer.from('this is a buffer, a buffer');
show('indexOf str', () => [b.indexOf('is'), b.indexOf('is', 3), b.indexOf('buffer', -8), b.indexOf('nope'), b.indexOf(''), b.indexOf('', 5), b.indexOf('', 99)]);
show('indexOf num', () => [b.indexOf(97), b.indexOf(97 + 256), b.indexOf(97, 9), b.indexOf(0), b.indexOf(97, -3)]);
show('indexOf buf', () => [b.indexOf(Buffer.from('a b')), b.indexOf(new Uint8Array([102, 102])), b.indexOf(Buffer.alloc(0), 2)]);
show('indexOf enc', () => [b.indexOf('6275', 'hex'), b.indexOf('YnVm', 0, 'base64'), b.indexOf('is', 'latin1')]);
show('indexOf offsets', () => [b.indexOf('t', '3'), b.indexOf('t', null), b.indexOf('t', {}), b.indexOf('r', 1e10), b.indexOf('t', -1e10), b.indexOf('a', 1.5)]);
show('lastIndexOf', () => [b.lastIndexOf('buffer'), b.lastIndexOf('buffer', 19), b.lastIndexOf('buffer', -9), b.lastIndexOf('t'), b.lastIndexOf(97), b.lastIndexOf('', 3), b.lastIndexOf('x', -100), b.lastIndexOf('r', 1e10)]);
show('includes', () => [b.includes('buffer'), b.includes('buffer', 22), b.includes(115), b.includes(Buffer.from('a b'))]);
const u = Buffer.from('abcabc', 'ucs2');
show('ucs2', () => [u.indexOf('c', 0, 'ucs2'), u.lastIndexOf('b', undefined, 'ucs2'), u.indexOf('bc', 3, 'ucs2'), Buffer.from([0, 97, 0, 97, 0]).indexOf('a', 0, 'ucs2')]);
show('indexOf bad', () => b.indexOf({}));
show('indexOf bad enc', () => b.indexOf('a', 0, 'nope'));
show('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(0), Buffer.alloc(0).indexOf('')]);
show('equals', () => [Buffer.from('ab').equals(Buffer.from('ab')), Buffer.from('ab').equals(Buffer.from('abc')), Buffer.from('ab').equals(new Uint8Array([97, 98])), Buffer.alloc(0).equals(Buffer.alloc(0))]);
show('equals bad', () => Buffer.from('a').equals('a'));
const x = Buffer.from([1, 2, 3, 4]);
const y = Buffer.from([5, 6, 7, 8, 1, 2, 3]);
show('compare', () => [x.compare(y), y.compare(x), x.compare(x), x.compare(y, 4), x.compare(y, 4, 7, 0, 3), x.compare(y, 0, 0), x.compare(y, 0, 1, 2, 2), x.compare(y, 5, 7, 1)]);
show('compare bad', () => x.compare('x'));
show('compare range', () => x.compare(y, 0, 9));
show('compare neg', () => x.compare(y, -1));
