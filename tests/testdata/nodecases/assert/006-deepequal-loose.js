// deepEqual (loose) compares with == for primitives, ignores prototypes and symbol keys, but checks types of objects.
const assert = require('assert');
const check = (a, b) => { try { assert.deepEqual(a, b); return true; } catch (e) { return e.code; } };
const cases = [
  [1, '1'], [1, 2], [0, -0], [NaN, NaN], [null, undefined], [null, 0], [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2], ['1', '2']], [[1, 2], [2, 1]], [[], {}], [{}, Object.create(null)], [{ a: [1, { b: 2 }] }, { a: [1, { b: '2' }] }],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i], [new Number(1), new Number(1)],
  [new String('a'), 'a'], [{ [Symbol('s')]: 1 }, {}], [new Set([1, 2]), new Set(['1', 2])], [new Set([1]), new Set([2])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Map([[1, 'a']]), new Map([[1, 'b']])], [[1, , 3], [1, undefined, 3]],
  [new Float32Array([0]), new Float32Array([-0])], [new Uint8Array([1]), new Int8Array([1])], [true, 1], ['', 0],
  [Object.assign([1], { x: 1 }), [1]], [new Error('a'), new Error('a')], [new Error('a'), new Error('b')],
  [new TypeError('a'), new Error('a')], [() => {}, () => {}],
];
for (const [a, b] of cases) console.log(check(a, b));
