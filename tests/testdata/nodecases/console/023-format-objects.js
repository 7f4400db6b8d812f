// %s, %o, %O, %d and %j applied to objects, arrays, symbols, bigints and circular values.
console.log('%s', { a: { b: { c: 1 } } });
console.log('%s', [1, [2, [3, [4]]]]);
console.log('%s|%s|%s', 5n, Symbol('sym'), null);
console.log('%s', { toString() { return 'custom toString'; } });
class WithToString { toString() { return 'class toString'; } }
console.log('%s', new WithToString());
console.log('%s', new Error('err in %s').message);
console.log('%o', { a: 1, nested: { deep: { deeper: { deepest: {} } } } });
console.log('%o', [1, 2]);
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%d|%i', 5n, 7n);
console.log('%d', {});
const circ = { name: 'c' };
circ.self = circ;
console.log('%j', circ);
console.log('%j', undefined, '%j', () => {});
