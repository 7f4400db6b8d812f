// console.assert prints "Assertion failed" (with formatted message) to stderr only when the condition is falsy and never throws.
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false, 'value was %d', 42);
console.assert(0);
console.assert(null, { detail: 'obj' });
console.log('still running');
