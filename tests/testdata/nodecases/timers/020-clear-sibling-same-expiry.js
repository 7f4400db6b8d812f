// A callback can cancel another timer with the same expiry that has not run yet.
const a = setTimeout(() => {
  console.log('a');
  clearTimeout(b);
}, 10);
const b = setTimeout(() => console.log('b must not run'), 10);
const c = setTimeout(() => console.log('c'), 10);
