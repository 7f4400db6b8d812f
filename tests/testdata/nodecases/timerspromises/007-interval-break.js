// setInterval's async iterator yields the value on each tick; return() (what a loop break calls) clears the interval so the process can exit.
const { setInterval: every } = require('timers/promises');
async function main() {
  const it = every(5, 'tick');
  console.log(it[Symbol.asyncIterator]() === it);
  let n = 0;
  while (true) {
    const r = await it.next();
    if (r.done) break;
    n++;
    console.log(r.value, n);
    if (n === 3) {
      const ret = await it.return('bye');
      console.log('return', ret.done, ret.value);
      break;
    }
  }
  const after = await it.next();
  console.log('after return', after.done, after.value);
}
main().then(() => console.log('main done'));
process.on('exit', () => console.log('exit'));
