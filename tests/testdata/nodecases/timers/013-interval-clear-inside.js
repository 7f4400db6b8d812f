// An interval re-arms after each run until cleared from inside its own callback; clearing with clearTimeout also works.
let a = 0;
const ia = setInterval(() => {
  a++;
  console.log('a', a);
  if (a === 3) clearInterval(ia);
}, 5);
let b = 0;
const ib = setInterval(function () {
  b++;
  if (b === 2) clearTimeout(this);
}, 7);
process.on('exit', () => console.log('final', a, b));
