// Immediates run in FIFO order; clearing a queued one from an earlier one skips it; ones added during the run go to the next iteration.
const order = [];
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (added by A)'));
  clearImmediate(b);
});
const b = setImmediate(() => console.log('B must not run'));
setImmediate(() => console.log('D'));
