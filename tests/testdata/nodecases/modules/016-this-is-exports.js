// Top-level `this` in a module is module.exports (in the entry script too), and the module wrapper passes 5 arguments.
const r = require('./fixtures/this-check');
console.log(r.viaThis, r.report);
console.log(this === module.exports, this === exports, arguments.length);
console.log(typeof arguments[0], arguments[1] === require, arguments[2] === module, typeof arguments[3], typeof arguments[4]);
