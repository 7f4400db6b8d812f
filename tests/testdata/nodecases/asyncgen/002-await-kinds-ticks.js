// await in an async generator takes one job for a value or a native promise and two for a thenable; a rejected await throws at the await.
const log = (s) => console.log(s);
async function* gen() {
  log('a');
  const v = await 1;
  log('b ' + v);
  const p = await Promise.resolve(2);
  log('c ' + p);
  const t = await { then(r) { log('then called'); r(3); } };
  log('d ' + t);
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    log('caught ' + e.message);
  }
  yield v + p + t;
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 12) return Promise.resolve().then(step); };
Promise.resolve().then(step);
gen().next().then((r) => log('result ' + JSON.stringify(r)));
