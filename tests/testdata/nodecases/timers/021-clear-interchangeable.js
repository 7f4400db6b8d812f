// clearTimeout and clearInterval are interchangeable; clearTimeout on an Immediate does nothing.
const a = setInterval(() => console.log('a must not fire'), 5);
clearTimeout(a);
const b = setTimeout(() => console.log('b must not fire'), 5);
clearInterval(b);
const im = setImmediate(() => console.log('immediate still runs'));
clearTimeout(im);
clearInterval(im);
setTimeout(() => console.log('done'), 20);
