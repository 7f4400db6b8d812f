// toString, compare and byteLength with arguments left out and given as undefined, and
// the functions' lengths.
const b = Buffer.from('héllo wörld');
console.log(Buffer.byteLength.length, Buffer.prototype.toString.length, Buffer.prototype.compare.length);
console.log(b.toString(), b.toString(undefined), b.toString(undefined, undefined, undefined), b.toString('hex', 2), b.toString('utf8', 0, 3));
console.log(b.compare(Buffer.from('a')), b.compare(Buffer.from('a'), undefined), b.compare(b, 0, 3), b.compare(b, undefined, undefined, 2));
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength(''), Buffer.byteLength('abc', undefined));
try { b.compare('x') } catch (e) { console.log(e.code) }
