// refresh() after clearTimeout (or close) does not re-arm the timer; it still returns the Timeout.
const a = setTimeout(() => console.log('a must not fire'), 5);
clearTimeout(a);
console.log(a.refresh() === a);
const b = setTimeout(() => console.log('b must not fire'), 5);
b.close();
b.refresh();
const c = setInterval(() => console.log('c must not fire'), 5);
clearInterval(c);
c.refresh();
setTimeout(() => console.log('done'), 30);
