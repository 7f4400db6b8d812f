// return() and throw() before the first next() finish the setInterval iterator without starting a timer.
const { setInterval: every } = require('timers/promises');
async function main() {
  const it = every(100000, 'v');
  const r = await it.return('early');
  console.log('return', r.value, r.done);
  const n = await it.next();
  console.log('next', n.value, n.done);
  const it2 = every(100000, 'v');
  try { await it2.throw(new Error('thrown in')); } catch (e) { console.log('throw rejects', e.message); }
  console.log('after throw', (await it2.next()).done);
  const it3 = every(5, 'v');
  await it3.next();
  try { await it3.throw(new Error('at yield')); } catch (e) { console.log('throw at yield', e.message); }
  console.log('done after throw', (await it3.next()).done);
}
main();
process.on('exit', () => console.log('exit'));
