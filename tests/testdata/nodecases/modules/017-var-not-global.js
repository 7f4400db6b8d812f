// Top-level var and function declarations stay local to the module; only implicit (undeclared) assignments create globals.
var mainVar = 1;
function mainFn() {}
const s = require('./fixtures/var-leak');
console.log(s);
console.log(typeof globalThis.mainVar, typeof globalThis.mainFn, 'mainVar' in globalThis);
console.log(typeof globalThis.fixtureVar, typeof globalThis.fixtureFn);
console.log(globalThis.fixtureImplicitGlobal, typeof fixtureImplicitGlobal);
