// p-limit@3 (installed from npm) caps concurrency: never more than 2 of 6 tasks run at once, results keep input order.
const pLimit = require('p-limit');
const limit = pLimit(2);
let running = 0;
let peak = 0;
const task = (i) => limit(async () => {
  running++;
  peak = Math.max(peak, running);
  console.log('start', i, 'active', limit.activeCount, 'pending', limit.pendingCount);
  await new Promise((r) => setTimeout(r, 10 + (i % 3) * 5));
  running--;
  return i * i;
});
Promise.all([0, 1, 2, 3, 4, 5].map(task)).then((r) => console.log('results', r.join(','), 'peak', peak));
