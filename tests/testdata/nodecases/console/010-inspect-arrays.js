// Arrays print inline when short, numbers beyond 6 entries are grouped into aligned columns, and more than 100 items are truncated.
console.log([1, 2, 3]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * 7));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(['a', 'b'], [], [[]], [undefined, null]);
console.log(Array.from({ length: 8 }, (_, i) => 'item' + i));
