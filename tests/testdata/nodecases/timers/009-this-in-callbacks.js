// Inside timer callbacks `this` is the Timeout / Immediate object, and extra arguments are passed through.
const im = setImmediate(function (...args) {
  console.log('immediate', this === im, this.constructor.name, args);
  const t = setTimeout(function (a, b, c) {
    console.log('timeout', this === t, this.constructor.name, a, b, c, arguments.length);
  }, 5, 1, 'two', undefined);
  let n = 0;
  const iv = setInterval(function (x) {
    n++;
    console.log('interval', this === iv, x, n);
    if (n === 2) clearInterval(this);
  }, 40, 'arg');
}, 'p', 'q');
