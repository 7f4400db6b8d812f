// Two async generators consumed concurrently interleave their steps deterministically with a plain promise chain.
const log = (s) => console.log(s);
async function* gen(name) {
  log(name + ' start');
  yield name + '1';
  log(name + ' resumed');
  await null;
  yield name + '2';
  log(name + ' end');
}
async function consume(name) {
  for await (const v of gen(name)) log('got ' + v);
  log(name + ' loop done');
}
consume('A');
consume('B');
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 8) return Promise.resolve().then(step); };
Promise.resolve().then(step);
