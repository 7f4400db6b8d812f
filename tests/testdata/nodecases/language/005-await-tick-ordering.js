// await on a value or native promise takes one microtask turn; await on a thenable takes extra turns; interleaving with a promise chain is exact.
const log = (s) => console.log(s);
async function a() {
  log('a1');
  await null;
  log('a2');
  await Promise.resolve();
  log('a3');
}
async function b() {
  log('b1');
  await { then(r) { log('b thenable then called'); r(); } };
  log('b2');
}
async function c() {
  log('c1');
  await new Promise((r) => setTimeout(r, 0)).then(() => log('c timer resolved'));
  log('c2');
}
a();
b();
c();
Promise.resolve()
  .then(() => log('chain 1'))
  .then(() => log('chain 2'))
  .then(() => log('chain 3'))
  .then(() => log('chain 4'));
log('sync');
