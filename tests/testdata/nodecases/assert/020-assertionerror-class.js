// new AssertionError(options) builds messages like the assertions do and exposes actual/expected/operator/code.
const assert = require('assert');
const { AssertionError } = assert;
const e1 = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e1.name, e1.code, e1.operator, e1.actual, e1.expected, e1.generatedMessage, JSON.stringify(e1.message));
console.log(e1 instanceof Error, Object.prototype.toString.call(e1), String(e1).split('\n')[0]);
console.log(Object.keys(e1));
const e2 = new AssertionError({ message: 'given', actual: 'a', expected: 'b', operator: 'custom' });
console.log(e2.generatedMessage, e2.message, e2.operator);
const e3 = new AssertionError({ actual: 1, expected: 2, operator: '<' });
console.log(JSON.stringify(e3.message));
const e4 = new AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' });
console.log(JSON.stringify(e4.message));
try { new AssertionError(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new AssertionError('str'); } catch (e) { console.log(e.code); }
console.log(e1.stack.split('\n')[0]);
console.log(typeof AssertionError, AssertionError.name);
