// Lesson 6: timers under a virtual clock — retries with exponential backoff.
//
// A retry loop that waits 100 ms, 200 ms, 400 ms … between attempts takes seconds of
// real time, most of it asleep. `jsloop --virtual-time` runs the same program on a
// virtual clock: when nothing can run, the loop moves the clock straight to the next
// timer instead of sleeping. The output is the same — Date.now() and performance.now()
// read the same clock, so even the measured delays agree — but it finishes at once.
// That is how to test timeout and retry logic without waiting for it.
//
// The second run also shows a timeout done right: when time is up, the retries are
// cancelled through an AbortSignal, not left running in the background.
//
// Run it both ways and compare the time taken:
//   time jsloop scripts/lessons/06-virtual-time-backoff.js
//   time jsloop --virtual-time scripts/lessons/06-virtual-time-backoff.js
//   jsloop --virtual-time --trace scripts/lessons/06-virtual-time-backoff.js
// In the trace the time column jumps from one timer to the next, and the iteration
// count shows the loop going round once per wait.

// sleep resolves after ms, or rejects at once when signal is aborted.
const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    reject(signal.reason);
  }, { once: true });
});

// A flaky service: fails the first four calls, then answers.
let calls = 0;
async function flakyService() {
  calls++;
  if (calls < 5) throw new Error(`unavailable (call ${calls})`);
  return 'ok';
}

// Real timers fire a little late (how late depends on how busy the machine is), so
// elapsed times are printed rounded to half a second.
const seconds = (ms) => (Math.round(ms / 500) / 2).toFixed(1);

async function retry(fn, { attempts, baseMs, signal }) {
  const start = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await fn();
      console.log(`attempt ${attempt}: ${result} after ~${seconds(Date.now() - start)} s`);
      return result;
    } catch (err) {
      if (attempt === attempts) throw err;
      const wait = baseMs * 2 ** (attempt - 1);
      console.log(`attempt ${attempt}: ${err.message}; retrying in ${wait} ms`);
      await sleep(wait, signal); // an abort ends the wait, and the retries
    }
  }
}

// withTimeout gives work(signal) ms to finish. On time-out it aborts the signal, so
// that the work stops instead of going on unseen in the background (a bare
// Promise.race with a timer would leave the retries running).
async function withTimeout(work, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${ms} ms`)), ms);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

(async () => {
  console.log('first run: 100 ms, doubling, within 5 s');
  await withTimeout((signal) => retry(flakyService, { attempts: 6, baseMs: 100, signal }), 5000);
  calls = 0;
  console.log('second run: 400 ms, doubling, within 2 s');
  try {
    await withTimeout((signal) => retry(flakyService, { attempts: 6, baseMs: 400, signal }), 2000);
  } catch (err) {
    console.log(`second run failed: ${err.message}; calls made: ${calls}`);
  }
})();
