// Reassigning module.exports replaces what require returns; properties added to the old `exports` alias afterwards are lost.
const r = require('./fixtures/reassign');
console.log(r, r.a, r.c);
const greet = require('./fixtures/fn-export');
console.log(typeof greet, greet.name, greet('x'), greet.extra);
const n = require('./fixtures/primitive-export');
console.log(typeof n, n);
