// Buffer.from with each kind of source, and the deprecated Buffer() forms.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
show('string', () => Buffer.from('héllo'));
show('array', () => Buffer.from([1, 2, 255, 256, -1, 1.7, '3', 'x']));
show('array-like', () => Buffer.from({ length: 3, 0: 7, 2: 9 }));
show('json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show('buffer copy', () => { const a = Buffer.from('ab'); const b = Buffer.from(a); b[0] = 120; return [a.toString(), b.toString()]; });
show('uint16 values', () => Buffer.from(new Uint16Array([1, 256, 513])));
const ab = new Uint8Array([1, 2, 3, 4, 5]).buffer;
show('arraybuffer shares', () => { const b = Buffer.from(ab, 1, 3); b[0] = 9; return [b, new Uint8Array(ab)]; });
show('arraybuffer offset only', () => Buffer.from(ab, 3));
show('arraybuffer bad offset', () => Buffer.from(ab, 6));
show('arraybuffer bad length', () => Buffer.from(ab, 1, 9));
show('string object', () => Buffer.from(new String('hey')));
show('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
show('number', () => Buffer.from(5));
show('null', () => Buffer.from(null));
show('undefined', () => Buffer.from());
show('bad encoding', () => Buffer.from('x', 'nope'));
show('non-string encoding', () => Buffer.from('x', 5));
show('instanceof', () => [Buffer.from('a') instanceof Buffer, Buffer.from('a') instanceof Uint8Array, Buffer.from('a').constructor === Buffer]);
show('ctor number', () => new Buffer(3));
show('ctor string', () => Buffer('hi', 'latin1'));
show('ctor number with encoding', () => Buffer(3, 'utf8'));
