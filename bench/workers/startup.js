// Worker start-up: 20 workers one after the other, each started, awaited for its first
// message and its exit. Run: jsloop bench/workers/startup.js (or node, to compare).
const { Worker } = require('worker_threads');
(async () => {
  const N = 20;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
    await new Promise((r) => w.once('message', r));
    await new Promise((r) => w.once('exit', r));
  }
  console.log(`per worker (start, first message, exit): ${((performance.now() - t0) / N).toFixed(2)} ms`);
})();
