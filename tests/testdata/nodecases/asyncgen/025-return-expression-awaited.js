// return expr in an async generator awaits expr (a promise resolves to its value, taking a job), and a rejected promise returned rejects the request.
const log = (s) => console.log(s);
async function* resolves() {
  yield 'first';
  return Promise.resolve('final');
}
async function* rejects() {
  return Promise.reject(new Error('returned rejection'));
}
async function* plain() {
  return 'plain';
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 10) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const g = resolves();
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.next()));
  try {
    await rejects().next();
  } catch (e) {
    log('caught ' + e.message);
  }
  log(JSON.stringify(await plain().next()));
})();
