// Map and Set print with their size and entries; nested ones obey depth; empty ones print compactly.
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
console.log(new Set([1, 'two', { three: 3 }]));
console.log(new Map(), new Set());
console.log({ m: new Map([[1, new Map([[2, new Map([[3, 4]])]])]]) });
console.log([new Set([[1, 2]])]);
