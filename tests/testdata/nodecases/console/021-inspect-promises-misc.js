// Promises show their state, WeakMap/WeakSet hide items, and objects with many keys beyond the line width wrap.
console.log(Promise.resolve(42), new Promise(() => {}));
const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(rejected);
console.log(new WeakMap(), new WeakSet());
console.log(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i])));
console.log([undefined, , null]);
console.log(globalThis === global ? '[globalThis ok]' : 'no');
