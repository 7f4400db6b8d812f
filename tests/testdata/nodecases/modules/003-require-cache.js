// Modules are evaluated once and cached by resolved filename; deleting the require.cache entry makes the next require re-evaluate it.
const c1 = require('./fixtures/counter');
const c2 = require('./fixtures/counter.js');
console.log(c1 === c2, c1.inc(), c2.inc(), c1.loads);
const key = require('path').join(__dirname, 'fixtures', 'counter.js');
console.log(typeof require.cache, require.cache[key] !== undefined, require.cache[key].exports === c1);
delete require.cache[key];
const c3 = require('./fixtures/counter');
console.log(c3 === c1, c3.inc(), c3.loads);
