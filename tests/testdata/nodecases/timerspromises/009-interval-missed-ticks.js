// Interval ticks that happen while nobody awaits the iterator are counted and delivered without waiting for the next tick.
const { setInterval: every } = require('timers/promises');
async function main() {
  const it = every(10, 'x');
  await it.next();
  await new Promise((r) => setTimeout(r, 60));
  const order = [];
  setImmediate(() => order.push('immediate'));
  await it.next();
  order.push('next 1');
  await it.next();
  order.push('next 2');
  await new Promise((r) => setImmediate(r));
  console.log(order.join(','));
  await it.return();
}
main();
