// Boxed primitives print as [Number: 1] etc.; -0 prints as -0 but '%s' and '%d' keep it; NaN and Infinity print plainly.
console.log(new Number(1), new String('str'), new Boolean(false), Object(Symbol('s')), Object(10n));
console.log(-0, [-0], { z: -0 }, 0);
console.log('%s %d %i', -0, -0, -0);
console.log(NaN, Infinity, -Infinity, [NaN]);
console.log(123n, [1n]);
