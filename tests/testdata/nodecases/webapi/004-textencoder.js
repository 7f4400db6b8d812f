// TextEncoder encodes strings as UTF-8 (lone surrogates become U+FFFD); encodeInto writes whole characters only.
const enc = new TextEncoder();
console.log(enc, enc.encoding);
console.log(enc.encode('h\u00e9llo \u{1F600}'));
console.log(enc.encode(), enc.encode(undefined), enc.encode(null), enc.encode(42));
console.log(enc.encode('\ud800x\udc00'));
const dest = new Uint8Array(6);
console.log(enc.encodeInto('ab\u00e9\u{1F600}', dest), dest);
const big = new Uint8Array(16);
console.log(enc.encodeInto('\u{1F600}\u{1F601}', big.subarray(4, 12)), big);
try { enc.encodeInto('x', new Uint16Array(2)); } catch (e) { console.log(e.name, e.code, e.message); }
try { TextEncoder.prototype.encode.call({}, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.prototype.toString.call(enc), Object.getOwnPropertyNames(TextEncoder.prototype));
