// How console.log and util.inspect print Buffers, alone and nested; INSPECT_MAX_BYTES.
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(60));
console.log({ a: Buffer.from('hi'), list: [Buffer.from('x'), Buffer.from('yz')], deep: { deeper: { deepest: { b: Buffer.from('d') } } } });
console.log([Buffer.from('a'), Buffer.from('b'), Buffer.from('c'), Buffer.from('d'), Buffer.from('e'), Buffer.from('f'), Buffer.from('g')]);
const withProps = Buffer.from('ab');
withProps.tag = 'x';
withProps.n = { deep: [1, 2] };
console.log(withProps);
const emptyProps = Buffer.alloc(0);
emptyProps.k = 1;
console.log(emptyProps);
console.log(util.inspect(Buffer.from('abc')), util.format('%s|%o|%j', Buffer.from('ab'), Buffer.from('ab'), Buffer.from('ab')));
console.log(util.inspect(Buffer.from('abc'), { customInspect: false }));
console.log(new Map([[Buffer.from('k'), Buffer.from('v')]]), new Set([Buffer.from('s')]));
console.log(Buffer.from('abc').subarray(1), new Uint8Array(Buffer.from('ab')));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('abc'), Buffer.from('ab'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
try { buffer.INSPECT_MAX_BYTES = -1; } catch (e) { console.log(e.name, e.code, e.message); }
try { buffer.INSPECT_MAX_BYTES = '3'; } catch (e) { console.log(e.name, e.code, e.message); }
buffer.INSPECT_MAX_BYTES = 50;
console.log(util.inspect(Buffer.from('x'), { colors: true }));
console.log(typeof Buffer.prototype.inspect, Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom]);
console.log(Buffer);
