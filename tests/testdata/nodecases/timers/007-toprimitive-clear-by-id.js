// +timeout / [Symbol.toPrimitive]() gives a stable integer id; clearTimeout/clearInterval accept that number or its string form.
const a = setTimeout(() => console.log('a must not fire'), 10);
const id = +a;
console.log(typeof id, Number.isInteger(id), id > 0, a[Symbol.toPrimitive]() === id, +a === id);
console.log(typeof a[Symbol.toPrimitive], `${a}` === String(id));
clearTimeout(id);
const b = setTimeout(() => console.log('b must not fire'), 10);
clearTimeout(String(+b));
const c = setInterval(() => console.log('c must not fire'), 10);
clearInterval(+c);
const d = setTimeout(() => console.log('d fires'), 15);
clearTimeout(+d + 100000);
clearTimeout('not-an-id');
setTimeout(() => console.log('done'), 60);
