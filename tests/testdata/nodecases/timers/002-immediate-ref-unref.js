// Immediate has ref/unref/hasRef (chainable) but no refresh; an unref'd immediate still runs while a ref'd one keeps the loop alive.
const i = setImmediate(function (a, b) {
  console.log('immediate', this === i, a, b);
  setTimeout(() => console.log('timeout after immediates'), 10);
}, 'x', 2);
console.log(typeof i, i.constructor.name, typeof i.refresh, i.hasRef());
console.log(i.unref() === i, i.hasRef());
console.log(i.ref() === i, i.hasRef());
const j = setImmediate(() => console.log('unrefd immediate ran'));
j.unref();
console.log(j.hasRef());
