// Lesson 5: unhandled rejections.
//
// A rejected promise that nobody handles is an error that would otherwise vanish.
// Node (and jsloop) check after each macrotask, once the nextTick and microtask queues
// are empty: every promise rejected during that turn that still has no handler is
// "unhandled". With no 'unhandledRejection' listener the process prints the error and
// exits with code 1 (Node's default since v15); with a listener, the listener decides.
// A handler attached later still counts: the promise is then reported again as
// 'rejectionHandled'.
//
// The cases below, in the order they happen:
//   A. a rejection handled in the same turn (even by a later microtask) is fine;
//   B. a rejection with no handler at all is reported;
//   C. an async function that throws, called without await or .catch, is case B;
//   D. a rejection handled one timer later is reported, then 'rejectionHandled';
//   E. .then(onFulfilled) without onRejected makes a NEW promise that rejects too:
//      handling the original one does not handle the derived one.
//   F. Promise.all rejects with the first error; the later rejections of the other
//      inputs are handled by Promise.all itself, so they are not reported.
//
// Run it:
//   jsloop scripts/lessons/05-unhandled-rejections.js
//   jsloop --virtual-time --trace scripts/lessons/05-unhandled-rejections.js
// The listener itself is not a task in the trace: it runs in the loop's rejection
// processing after a turn's drain, like Node's processPromiseRejections. Remove the
// process.on line to see the default: the first report ends the process with exit code 1.

const names = new Map(); // promise -> label, to say which one was reported
const label = (p, name) => (names.set(p, name), p);

process.on('unhandledRejection', (reason, promise) => {
  console.log(`  unhandledRejection: ${names.get(promise) || '?'} (${reason.message})`);
});
process.on('rejectionHandled', (promise) => {
  console.log(`  rejectionHandled: ${names.get(promise) || '?'}`);
});

const steps = [
  () => {
    console.log('A. handled in the same turn');
    const p = label(Promise.reject(new Error('a')), 'A');
    queueMicrotask(() => p.catch(() => console.log('  A caught by a later microtask')));
  },
  () => {
    console.log('B. never handled');
    label(Promise.reject(new Error('b')), 'B');
  },
  () => {
    console.log('C. async function called without await');
    async function save() { throw new Error('c'); }
    label(save(), 'C');
  },
  () => {
    console.log('D. handled one timer later');
    const p = label(Promise.reject(new Error('d')), 'D');
    setTimeout(() => p.catch(() => console.log('  D caught late')), 0);
  },
  () => {
    console.log('E. then() without a rejection handler');
    const p = label(Promise.reject(new Error('e')), 'E original');
    label(p.then(() => 'never'), 'E derived');
    p.catch(() => console.log('  E original caught'));
  },
  () => {
    console.log('F. Promise.all');
    const fail = (ms, msg) => new Promise((_, reject) => setTimeout(() => reject(new Error(msg)), ms));
    label(Promise.all([fail(1, 'f first'), fail(2, 'f second')]), 'F all')
      .catch((err) => console.log(`  F caught: ${err.message}`));
  },
];

// One step per timer, 10 ms apart, so that each step's reports come before the next.
steps.forEach((step, i) => setTimeout(step, 10 * (i + 1)));
setTimeout(() => console.log('done: exit code stays 0 because a listener is installed'), 100);
