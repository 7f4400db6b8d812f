// crypto.getRandomValues, randomUUID and the crypto module's random helpers (properties of random values only).
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log(crypto, Object.prototype.toString.call(crypto), typeof Crypto);
console.log(uuid.test(crypto.randomUUID()), crypto.randomUUID() !== crypto.randomUUID());
const a = new Uint32Array(8);
console.log(crypto.getRandomValues(a) === a, a.length);
for (const bad of [new Float64Array(1), new DataView(new ArrayBuffer(1)), new Uint8Array(65537), [1]]) {
  try { crypto.getRandomValues(bad); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }
}
try { crypto.getRandomValues(); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.getRandomValues.call({}, new Uint8Array(1)); } catch (e) { console.log(e.name, e.code, e.message); }
const c = require('crypto');
console.log(c.webcrypto === crypto, uuid.test(c.randomUUID()), c.randomBytes(16).length, c.randomBytes(0).length);
let ok = true;
for (let i = 0; i < 100; i++) { const n = c.randomInt(-5, 5); if (!Number.isInteger(n) || n < -5 || n >= 5) ok = false; }
console.log(ok, c.randomInt(1), c.randomFillSync(new Uint8Array(4), 1, 2).length);
for (const bad of [() => c.randomBytes(-1), () => c.randomBytes('8'), () => c.randomInt(3, 3), () => c.randomInt(0.5), () => c.randomInt(2 ** 48 + 1)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
c.randomBytes(4, (err, buf) => console.log('randomBytes callback', err, buf.length));
c.randomInt(10, (err, n) => console.log('randomInt callback', err, n >= 0 && n < 10));
console.log('sync done');
