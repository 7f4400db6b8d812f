// Workers benchmark: count the primes below LIMIT, split into CHUNKS ranges, either on
// the main loop one after the other or on a WorkerPool.
//
//   jsloop -A bench/workers/primes.js single
//   jsloop -A bench/workers/primes.js pool 2
//
// Prints the count (the same both ways: 664579 below 10,000,000) and the wall time of
// the counting alone. Time the whole process with `time` as well: it includes starting
// the workers.
const { countPrimes } = require('./count.js');

const LIMIT = Number(process.env.LIMIT || 10_000_000);
const CHUNKS = Number(process.env.CHUNKS || 40);
const [mode = 'single', sizeArg = '2'] = process.argv.slice(2);

function ranges() {
  const out = [];
  const step = Math.ceil(LIMIT / CHUNKS);
  for (let from = 0; from < LIMIT; from += step) out.push([from, Math.min(LIMIT, from + step)]);
  return out;
}

async function main() {
  const start = performance.now();
  let total = 0;
  if (mode === 'single') {
    for (const [from, to] of ranges()) total += countPrimes(from, to);
  } else {
    const { WorkerPool } = require('jsloop:async');
    const pool = new WorkerPool(require('path').join(__dirname, 'prime-worker.js'), { size: Number(sizeArg) });
    const counts = await Promise.all(ranges().map((r) => pool.run(r)));
    total = counts.reduce((a, b) => a + b, 0);
    await pool.close();
  }
  const ms = performance.now() - start;
  console.log(`${mode}${mode === 'pool' ? ` size=${sizeArg}` : ''}: ${total} primes below ${LIMIT} in ${ms.toFixed(0)} ms`);
}

main();
