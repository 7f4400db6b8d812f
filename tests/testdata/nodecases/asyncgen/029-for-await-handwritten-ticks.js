// for await over a hand-written async iterator costs one job per step when next() returns a native promise, and two when it returns a thenable or a plain result is wrapped by an async method.
const log = (s) => console.log(s);
function iter(kind) {
  let n = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      n++;
      const result = n > 2 ? { done: true } : { value: kind + n, done: false };
      if (kind === 'promise') return Promise.resolve(result);
      if (kind === 'thenable') return { then(resolve) { resolve(result); } };
      return (async () => result)();
    },
  };
}
async function run(kind) {
  for await (const v of iter(kind)) log('got ' + v);
  log(kind + ' done');
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 12) return Promise.resolve().then(step); };
Promise.resolve().then(step);
run('promise');
run('thenable');
run('async');
