// timeout.close() cancels the timeout (or interval) and returns it; closing twice is harmless.
const t = setTimeout(() => console.log('must not fire'), 5);
console.log(t.close() === t);
console.log(t.close() === t);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 2) console.log('close returns interval', iv.close() === iv);
}, 5);
setTimeout(() => console.log('done', n), 100);
