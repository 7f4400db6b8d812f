// blocked-loop-workerpool.js: find a blocked event loop, then fix it by moving the CPU
// work to a pool of worker threads.
//
// The pattern: keep CPU-heavy work off the event loop. The loop runs one callback at a
// time; while a callback computes for half a second, no timer fires, no request is
// answered, no I/O completes. You find such a stall by measuring the loop's delay: how
// late its timers run (perf_hooks.monitorEventLoopDelay, a histogram of those delays;
// its 99th percentile, p99, is the number to watch). You fix it by running the work
// on another thread and awaiting its answer, so the loop stays free meanwhile.
//   Python: loop.run_in_executor(ProcessPoolExecutor(), cpu_job, n)
//   Java:   CompletableFuture.supplyAsync(() -> cpuJob(n), executor)
//   Node:   worker_threads, usually through a pool package (piscina, workerpool)
// jsloop:async's WorkerPool(file, { size }) starts workers from a script; pool.run(data)
// posts data to a free worker and resolves with the one message it answers.
//
// This file is both the main script and the worker script (the usual worker_threads
// idiom): in a worker, isMainThread is false and it answers each task message.
//
// What to watch in the output: while the job runs on the loop, a 10 ms heartbeat does
// not beat at all and the p99 loop delay is above 100 ms (it is about the job's whole
// length). Run on the pool, the job gives the same answer, the heartbeat keeps beating
// while it runs and the p99 delay stays small: about the 10 ms the monitor's timer is
// set for, a little more on a busy machine, far below the blocked run's. The script
// prints these facts, not raw timings, which depend on the machine (run it with
// --trace to see every task and its time). (Moving work to a worker has a cost: the data
// is copied there and back. It pays for jobs much longer than that copy.)
//
// Run it:
//   jsloop scripts/patterns/blocked-loop-workerpool.js

const { isMainThread, parentPort } = require('worker_threads');

const LIMIT = 150_000; // count the primes below this: about half a second of CPU for jsloop

// countPrimes is the CPU job: plain computation, no I/O, no await.
function countPrimes(limit) {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

if (!isMainThread) {
  // The worker: each message is one task; answer it with exactly one message.
  parentPort.on('message', (limit) => parentPort.postMessage(countPrimes(limit)));
} else {
  main();
}

// heartbeat starts a 10 ms interval; beatsDuring(job) counts its beats while job runs.
function heartbeat() {
  let beats = 0;
  const timer = setInterval(() => beats++, 10);
  return {
    async beatsDuring(job) {
      const before = beats;
      const result = await job();
      return { result, beats: beats - before };
    },
    stop() { clearInterval(timer); },
  };
}

async function main() {
  const { monitorEventLoopDelay } = require('perf_hooks');
  const { WorkerPool, sleep } = require('jsloop:async');
  const delay = monitorEventLoopDelay({ resolution: 10 }); // sample every 10 ms
  const p99ms = () => delay.percentile(99) / 1e6; // the histogram is in nanoseconds

  // 1. The job runs on the loop: it blocks it.
  const hb1 = heartbeat();
  delay.enable();
  await sleep(30);
  const r1 = await hb1.beatsDuring(() => countPrimes(LIMIT));
  await sleep(30);
  delay.disable();
  hb1.stop();
  console.log(`on the loop: ${r1.result} primes below ${LIMIT}`);
  console.log(`  heartbeats while it ran: ${r1.beats}`);
  const blockedP99 = p99ms();
  console.log(`  p99 loop delay > 100 ms: ${blockedP99 > 100 ? 'yes' : 'no'}`);

  // 2. The same job on a WorkerPool: the loop only waits for the answer.
  const pool = new WorkerPool(__filename, { size: 2 });
  await pool.run(1000); // start a worker first, so that its start-up is not measured
  delay.reset();
  const hb2 = heartbeat();
  delay.enable();
  await sleep(30);
  const r2 = await hb2.beatsDuring(() => pool.run(LIMIT));
  await sleep(30);
  delay.disable();
  hb2.stop();
  console.log(`on a WorkerPool: ${r2.result} primes below ${LIMIT} (the same: ${r2.result === r1.result ? 'yes' : 'no'})`);
  console.log(`  heartbeats while it ran > 0: ${r2.beats > 0 ? 'yes' : 'no'}`);
  console.log(`  p99 loop delay under a tenth of the blocked run's: ${p99ms() < blockedP99 / 10 ? 'yes' : 'no'}`);

  await pool.close(); // lets the workers finish, then ends them
}
