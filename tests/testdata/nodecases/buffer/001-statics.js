// Buffer's static methods: isBuffer, isEncoding, byteLength, compare, concat, from, of, alloc*.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
show('name/length', () => [Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array]);
show('keys', () => Object.keys(Buffer));
show('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer()]);
show('isEncoding', () => ['utf8', 'UTF-8', 'Latin1', 'binary', 'ucs-2', 'base64url', 'hex', 'ascii', 'utf16', '', 5].map((e) => Buffer.isEncoding(e)));
show('byteLength', () => [Buffer.byteLength('héllo'), Buffer.byteLength('€'), Buffer.byteLength('😀'), Buffer.byteLength('\ud800'),
  Buffer.byteLength('abc', 'ucs2'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64url'),
  Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength('x', 'nope'),
  Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength('')]);
show('byteLength bad', () => Buffer.byteLength(5));
show('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('ab')), Buffer.compare(Buffer.from('ab'), Buffer.from('abc')),
  Buffer.compare(new Uint8Array([1]), Buffer.from([0]))]);
show('compare sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
show('compare bad', () => Buffer.compare('a', Buffer.alloc(1)));
show('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]).toString());
show('concat len', () => [Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString(), Buffer.concat([Buffer.from('ab')], 4)]);
show('concat empty', () => Buffer.concat([]));
show('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
show('concat bad list', () => Buffer.concat('ab'));
show('of', () => Buffer.of(1, 2, 300, -1));
show('alloc', () => [Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x41), Buffer.alloc(6, 'aGk=', 'base64'),
  Buffer.alloc(4, Buffer.from([1, 2, 3])), Buffer.alloc(2, 257), Buffer.alloc(0, 'x')]);
show('alloc neg', () => Buffer.alloc(-1));
show('alloc str', () => Buffer.alloc('5'));
show('alloc huge', () => Buffer.alloc(2 ** 33));
show('alloc bad fill', () => Buffer.alloc(3, 'zz', 'hex'));
show('allocUnsafe', () => [Buffer.allocUnsafe(4).length, Buffer.allocUnsafeSlow(2).length, Buffer.isBuffer(Buffer.allocUnsafe(0))]);
show('allocUnsafe bad', () => Buffer.allocUnsafe(NaN));
show('poolSize', () => Buffer.poolSize);
