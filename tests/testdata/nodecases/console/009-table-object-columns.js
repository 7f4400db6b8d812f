// console.table renders an object of arrays using the keys as row indices, and its second argument filters columns.
console.table({ first: [1, 2], second: ['a', 'b', 'c'] });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['c', 'a']);
console.table('not tabular');
console.table([]);
