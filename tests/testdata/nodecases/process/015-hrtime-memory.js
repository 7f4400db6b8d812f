// process.hrtime returns [seconds, nanos] and validates its argument; hrtime.bigint is a bigint; memoryUsage has the standard keys.
console.log(typeof process.hrtime, typeof process.hrtime.bigint, typeof process.hrtime.bigint());
const h = process.hrtime();
console.log(Array.isArray(h), h.length, Number.isInteger(h[0]), Number.isInteger(h[1]), h[1] < 1e9);
const d = process.hrtime(h);
console.log(d.length, d[0] >= 0, d[1] >= 0);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(b2 >= b1);
try { process.hrtime(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.name, e.code, e.message); }
const m = process.memoryUsage();
console.log(Object.keys(m).sort().join(','));
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss, typeof process.memoryUsage.rss());
console.log(typeof process.uptime(), process.uptime() >= 0);
