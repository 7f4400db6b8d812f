// Lesson 2: process.nextTick can starve the loop.
//
// The nextTick queue is drained completely after every callback, and a tick queued by
// a tick joins the same drain. So a tick that keeps queueing ticks keeps everything
// else waiting: promise reactions, timers, immediates, I/O. Node has no limit; this
// script stops after 100,000 ticks so that it ends.
//
// setImmediate is the polite way to "continue later": an immediate queued by an
// immediate waits for the next loop iteration, so timers (and I/O) get their turn in
// between.
//
// Run it:
//   jsloop scripts/lessons/02-nexttick-starvation.js
//   jsloop --virtual-time --timeline /tmp/lesson2.html scripts/lessons/02-nexttick-starvation.js
// The timeline draws only the first few thousand runs: a wall of red nextTick blocks.
// `--trace=json --trace-file /tmp/t.jsonl` has them all; count them with
//   grep '"event":"started"' /tmp/t.jsonl | grep -c '"queue":"nextTick"'

const LIMIT = 100000;

// Part 1: recursive nextTick. The promise and the timer were queued before the first
// tick, yet neither runs until the ticks stop (an immediate would wait just the same).
let ticks = 0;
Promise.resolve().then(() => {
  console.log(`1. promise reaction ran after ${ticks} ticks`);
});
setTimeout(() => {
  console.log(`1. setTimeout 0 ran after ${ticks} ticks`);
  part2();
}, 0);
function spin() {
  ticks++;
  if (ticks < LIMIT) process.nextTick(spin);
}
process.nextTick(spin);
console.log('1. main script done; the ticks start now');

// Part 2: the same kind of loop with setImmediate. Each step does 0.1 ms of work
// (a busy-wait on performance.now()); a 5 ms timer queued at the start gets to run
// between two steps, long before the 200 steps are done.
function part2() {
  const STEPS = 200;
  let steps = 0;
  let stepsWhenTimerRan = -1;
  setTimeout(() => {
    stepsWhenTimerRan = steps;
  }, 5);
  function work() {
    const end = performance.now() + 0.1;
    while (performance.now() < end) { /* 0.1 ms of work */ }
    steps++;
    if (steps < STEPS) {
      setImmediate(work);
    } else {
      console.log(`2. ${STEPS} setImmediate steps done`);
      console.log(`2. the 5 ms timer ran in between: ${stepsWhenTimerRan > 0 && stepsWhenTimerRan < STEPS}`);
    }
  }
  setImmediate(work);
}
