// Map and Set contents are compared regardless of insertion order; object members are matched deeply.
const assert = require('assert');
const ds = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } };
const dl = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const pairs = [
  [new Set([1, 2, 3]), new Set([3, 2, 1])], [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  [new Set([{ a: 1 }]), new Set([{ a: 2 }])], [new Set([1]), new Set([1, 2])], [new Set([[1]]), new Set([[1]])],
  [new Set(['1']), new Set([1])], [new Set([null]), new Set([undefined])], [new Set([NaN]), new Set([NaN])],
  [new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Map([[{ k: 1 }, 'v'], [{ k: 1 }, 'w']]), new Map([[{ k: 1 }, 'w'], [{ k: 1 }, 'v']])],
  [new Map([['a', 1]]), new Map([['a', '1']])], [new Map([[1, 'x']]), new Map([['1', 'x']])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])], [new Map(), new Map()], [new Set(), new Map()],
  [new Map([['a', { deep: [1, 2] }]]), new Map([['a', { deep: [1, 2] }]])], [new Map([['a', 1]]), new Map([['b', 1]])],
  [Object.assign(new Set([1]), { p: 1 }), new Set([1])],
];
for (const [a, b] of pairs) console.log(ds(a, b), dl(a, b));
