// console.table renders an array of objects with an (index) column and one column per key, in first-seen order.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([{ name: 'x', n: 1 }, { n: 2, extra: true }]);
console.table([1, 'two', { three: 3 }]);
