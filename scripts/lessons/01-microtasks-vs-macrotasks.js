// Lesson 1: microtasks vs macrotasks.
//
// A macrotask is one callback the loop picks from one of its phases: a timer
// (setTimeout/setInterval), an immediate (setImmediate), an I/O completion. A microtask
// is a promise reaction (then/catch/finally, the rest of an async function after
// `await`) or a queueMicrotask callback. The rule that explains almost every ordering
// puzzle:
//
//   after EVERY macrotask (and after the main script), Node runs the whole nextTick
//   queue and then the whole microtask queue — including microtasks queued by
//   microtasks — before it looks at the next macrotask.
//
// So a microtask can never be "behind" a timer that is already due, and a chain of a
// thousand .then()s finishes before a setTimeout(0) queued before it.
//
// Run it, then look at the loop doing it:
//   jsloop scripts/lessons/01-microtasks-vs-macrotasks.js
//   jsloop --virtual-time --trace scripts/lessons/01-microtasks-vs-macrotasks.js
//   jsloop --virtual-time --timeline /tmp/lesson1.html scripts/lessons/01-microtasks-vs-macrotasks.js
// In the trace, every "timer" run is followed by the "microtask" runs it queued before
// the next "timer" starts; in the timeline the blocks hop down to the microtask lane
// and back up after every timer block.

const log = (...args) => console.log(...args);

// Part 1: a long microtask chain beats a timer queued first.
setTimeout(() => log('1. timer (queued first, runs after the whole chain)'), 0);
let p = Promise.resolve(0);
for (let i = 0; i < 1000; i++) p = p.then((n) => n + 1);
p.then((n) => log(`1. microtask chain done after ${n} steps, before the timer`));

// Part 2: microtasks run between two timers that are due together.
setTimeout(() => {
  log('2. timer A');
  Promise.resolve().then(() => log('2.   microtask queued by A (before timer B!)'));
  queueMicrotask(() => log('2.   queueMicrotask from A (same queue, FIFO)'));
}, 5);
setTimeout(() => {
  log('2. timer B');
  Promise.resolve().then(() => log('2.   microtask queued by B'));
}, 5);

// Part 3: a microtask that keeps queueing microtasks holds the loop: the immediate
// waits until the chain stops (here after 5 links; an endless chain would starve it).
setTimeout(() => {
  setImmediate(() => log('3. immediate (only after the whole chain)'));
  let links = 0;
  const link = () => {
    log(`3. microtask link ${++links}`);
    if (links < 5) queueMicrotask(link);
  };
  queueMicrotask(link);
}, 10);
