// console.count keeps per-label counters (default label "default"); countReset restarts a label.
console.count();
console.count();
console.count('x');
console.count('default');
console.count('x');
console.countReset('x');
console.count('x');
console.countReset();
console.count();
console.count(undefined);
console.count(5);
