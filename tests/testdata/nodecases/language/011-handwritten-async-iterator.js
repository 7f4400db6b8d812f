// for await works with a hand-written object whose [Symbol.asyncIterator]().next() returns promises; break calls return() once.
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    console.log('asyncIterator called');
    return {
      next(...args) {
        i++;
        console.log('next', i, args.length);
        return new Promise((resolve) => setTimeout(() => resolve({ value: i * 10, done: i > 4 }), 1));
      },
      return(v) {
        console.log('return called', v);
        return Promise.resolve({ done: true });
      },
    };
  },
};
(async () => {
  for await (const v of iterable) {
    console.log('value', v);
  }
  console.log('--- with break');
  for await (const v of iterable) {
    console.log('value', v);
    if (v === 20) break;
  }
  console.log('done');
})();
