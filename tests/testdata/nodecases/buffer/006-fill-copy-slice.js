// fill, copy, slice/subarray (shared memory), toJSON and the swaps.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
const f = (...args) => Buffer.alloc(7).fill(...args);
show('fill str', () => [f('ab'), f('ab', 2), f('ab', 2, 5), f('€'), f('aGk=', 'base64'), f('6162', 1, 'hex'), f('ÿ', 'latin1'), f('')]);
show('fill num', () => [f(65), f(321), f(-1), f(1.9, 5), f(true), f(Buffer.from([1, 2, 3]), 1)]);
show('fill bad enc', () => f('a', 'nope'));
show('fill bad enc type', () => f('a', 0, 1, 5));
show('fill bad value', () => f('zz', 'hex'));
show('fill bad offset', () => f('a', -1));
show('fill bad end', () => f('a', 0, 8));
show('fill empty range', () => f('a', 5, 2));
const src = Buffer.from('abcdef');
const cp = (...args) => { const t = Buffer.alloc(4, '.'); const n = src.copy(t, ...args); return [n, t.toString()]; };
show('copy', () => [cp(), cp(1), cp(0, 2), cp(0, 2, 4), cp(3, 1), cp(9), cp(0, 5, 3), cp(1.5, '1')]);
show('copy overlap', () => { const b = Buffer.from('abcdef'); b.copy(b, 2, 0, 4); return b.toString(); });
show('copy into uint8', () => { const t = new Uint8Array(3); src.copy(t); return t; });
show('copy bad target', () => src.copy('x'));
show('copy bad start', () => cp(-1));
show('copy bad sourceStart', () => cp(0, 10));
show('copy bad sourceEnd', () => cp(0, 0, -1));
const base = Buffer.from('hello world');
show('slice', () => [base.slice(1, 4).toString(), base.slice(-5).toString(), base.slice(4, 1).length, base.slice().length, base.slice(2.7, '5').toString(), base.slice(NaN, 3).toString()]);
show('slice shares', () => { const s = base.slice(0, 5); s[0] = 72; return [base.toString(), Buffer.isBuffer(s), s.constructor.name]; });
show('subarray', () => { const s = base.subarray(6); return [s.toString(), s.byteOffset - base.byteOffset, s instanceof Buffer]; });
show('species', () => [base.map((c) => c + 1) instanceof Buffer, base.filter((c) => c > 110).toString(), Buffer.isBuffer(Uint8Array.prototype.slice.call(base, 0, 2))]);
show('toJSON', () => [JSON.stringify(Buffer.from('hi')), JSON.stringify({ b: Buffer.alloc(0) }), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString()]);
show('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
show('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
show('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
show('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
show('swap32 bad', () => Buffer.from([1, 2]).swap32());
show('swap64 bad', () => Buffer.from([1, 2]).swap64());
show('parent/offset', () => { const s = base.subarray(3); return [s.parent === base.buffer, s.offset - base.offset]; });
