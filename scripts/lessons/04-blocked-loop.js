// Lesson 4: a blocked loop, and the fix: chunking with setImmediate.
//
// The loop runs one callback at a time. While a callback computes for 200 ms, nothing
// else happens: no timer fires, no I/O completion is handled, no request is answered.
// A heartbeat (a 10 ms interval) shows it: during the blocking job it does not beat at
// all, and afterwards the gap between two beats is the whole 200 ms.
//
// The fix that keeps everything on one thread: cut the work into small chunks and let
// each chunk queue the next with setImmediate. Between two chunks the loop runs its
// other phases, so the heartbeat keeps beating and the longest gap is about one chunk
// plus one beat. (The script prints only facts that hold on any machine: real gaps
// depend on how busy the machine is; run it with --trace to see the actual times.) (Moving the work to a Worker is the other fix, for a later lesson.)
// process.nextTick or a promise chain would NOT help: they run before the loop moves
// on (lessons 1 and 2).
//
// Run it:
//   jsloop scripts/lessons/04-blocked-loop.js
//   jsloop --virtual-time scripts/lessons/04-blocked-loop.js          (same output, instantly)
//   jsloop --virtual-time --timeline /tmp/lesson4.html scripts/lessons/04-blocked-loop.js
// In the timeline, the blocking job is one block with no heartbeat ("interval") block
// after it until it ends; the chunked job is a row of immediate blocks with interval
// blocks in between.

const JOB_MS = 200; // the job's total work
const CHUNK_MS = 5; // the work per chunk in the chunked version

// work busy-waits for ms milliseconds: it stands for real computation.
function work(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* computing */ }
}

// heartbeat starts a 10 ms interval that records when it beats.
function heartbeat() {
  const beats = [];
  const timer = setInterval(() => beats.push(performance.now()), 10);
  return {
    beats,
    stop() { clearInterval(timer); },
    beatsBetween(from, to) { return beats.filter((t) => t >= from && t <= to).length; },
    longestGap() {
      let gap = 0;
      for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i] - beats[i - 1]);
      return gap;
    },
  };
}

let blockingGap = 0; // the blocking job's longest gap, to compare with

function blocking(done) {
  const hb = heartbeat();
  setTimeout(() => {
    const start = performance.now();
    work(JOB_MS); // one callback does all the work
    const end = performance.now();
    setTimeout(() => {
      hb.stop();
      console.log('blocking job:');
      console.log(`  heartbeats during the job: ${hb.beatsBetween(start, end)}`);
      blockingGap = hb.longestGap();
      console.log(`  longest gap between heartbeats >= ${JOB_MS} ms: ${blockingGap >= JOB_MS}`);
      done();
    }, 30);
  }, 25);
}

function chunked(done) {
  const hb = heartbeat();
  setTimeout(() => {
    const start = performance.now();
    let left = JOB_MS;
    let chunks = 0;
    function chunk() {
      work(CHUNK_MS); // one slice of the work
      chunks++;
      left -= CHUNK_MS;
      if (left > 0) {
        setImmediate(chunk); // let the loop breathe, then go on
        return;
      }
      const end = performance.now();
      setTimeout(() => {
        hb.stop();
        console.log(`chunked job (${chunks} chunks of ${CHUNK_MS} ms):`);
        console.log(`  heartbeats during the job > 0: ${hb.beatsBetween(start, end) > 0}`);
        console.log(`  longest gap between heartbeats shorter than the blocking job's: ${hb.longestGap() < blockingGap}`);
        done();
      }, 30);
    }
    chunk();
  }, 25);
}

blocking(() => chunked(() => console.log('done')));
