// Two async generators consumed concurrently by for await and a plain promise chain interleave in a fixed order, including awaits inside the bodies and yield* steps.
const log = (s) => console.log(s);
async function* leaf(name) {
  yield name + '-leaf';
}
async function* gen(name) {
  log(name + ' start');
  yield name + '1';
  await null;
  yield* leaf(name);
  await Promise.resolve();
  yield name + '2';
  log(name + ' end');
}
async function consume(name) {
  for await (const v of gen(name)) log('got ' + v);
  log(name + ' done');
}
consume('A');
consume('B');
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 20) return Promise.resolve().then(step); };
Promise.resolve().then(step);
