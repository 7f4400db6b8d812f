// deepStrictEqual uses Object.is for primitives and also compares prototypes, type tags and enumerable symbol keys.
const assert = require('assert');
const check = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch (e) { return e.code; } };
const s = Symbol('s');
const cases = [
  [1, '1'], [NaN, NaN], [0, -0], [[0], [-0]], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{}, Object.create(null)],
  [{ a: undefined }, {}], [[1, , 3], [1, undefined, 3]], [[1, , 3], [1, , 3]], [{ [s]: 1 }, { [s]: 1 }], [{ [s]: 1 }, { [s]: 2 }],
  [{ [s]: 1 }, {}], [{ [Symbol('a')]: 1 }, { [Symbol('a')]: 1 }], [new Date(5), new Date(5)], [new Date(5), new Date(6)],
  [/x/gi, /x/gi], [/x/g, /x/m], [new Number(1), new Number(1)], [new Number(1), 1], [new String('a'), new String('b')],
  [new Boolean(false), new Boolean(false)], [Object(1n), Object(1n)], [Object(s), Object(s)],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint16Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(1))],
  [new Error('x'), new Error('x')], [new Error('x'), new RangeError('x')], [new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  [Object.assign(new Error('x'), { code: 1 }), new Error('x')], [[1, 2], { 0: 1, 1: 2, length: 2 }],
  [class A {}, class A {}], [new (class A {})(), new (class A {})()], [Object.assign([1], { k: 1 }), Object.assign([1], { k: 1 })],
  [undefined, null], [1n, 1n], ['a', 'a'],
];
for (const [a, b] of cases) console.log(check(a, b));
const o = {};
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(check(o, {}), check({ get x() { return 1; } }, { x: 1 }));
