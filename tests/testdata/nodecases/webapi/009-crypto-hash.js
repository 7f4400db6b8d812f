// createHash and createHmac digest strings and binary data with Go's hashes, in Node's output encodings.
const c = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'sha512-256', 'sha3-256']) {
  console.log(alg, c.createHash(alg).update('The quick brown fox').update(' jumps').digest('hex'));
}
const h = c.createHash('sha256').update('a');
const copy = h.copy();
h.update('b');
console.log(h.digest('base64'), copy.digest('base64url'));
console.log(c.createHash('md5').update('616263', 'hex').digest('hex'), c.createHash('md5').update('YWJj', 'base64').digest('hex'));
console.log(c.createHash('md5').update(new Uint8Array([97, 98, 99])).digest('hex'), c.createHash('md5').update('\u00e9', 'latin1').digest('hex'));
console.log(JSON.stringify(c.createHash('md5').update('a').digest('latin1')), c.createHash('sha1').update('x').digest().length);
console.log(c.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
console.log(c.createHmac('sha1', new Uint8Array([1, 2, 3])).update('data').digest('base64'));
console.log(c.hash('sha1', 'abc'), c.getHashes().includes('sha256'));
console.log(c.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), c.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])));
const done = c.createHash('md5');
done.digest();
for (const bad of [() => done.digest(), () => done.update('x'), () => c.createHash('nope'), () => c.createHash('md5').update(7),
  () => c.createHmac('nope', 'k'), () => c.createHmac('sha1'), () => c.timingSafeEqual(new Uint8Array(1), new Uint8Array(2))]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
