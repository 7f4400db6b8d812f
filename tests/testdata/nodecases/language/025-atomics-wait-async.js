// Atomics.waitAsync: settled at once when the value differs or the timeout is 0, later
// by a notify; like Node, a pending wait does not keep the process alive (the 200 ms
// wait and the one never notified are still pending when the script ends).
const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
const r = Atomics.waitAsync(ia, 0, 0, 200);
console.log(r.async, typeof r.value.then);
r.value.then((v) => console.log('resolved', v));
console.log(Atomics.waitAsync(ia, 0, 1), Atomics.waitAsync(ia, 0, 0, 0));
const r2 = Atomics.waitAsync(ia, 1, 0);
setTimeout(() => { console.log('notify', Atomics.notify(ia, 1)); }, 50);
r2.value.then((v) => console.log('r2', v));
const r3 = Atomics.waitAsync(ia, 2, 0);
r3.value.then((v) => console.log('r3', v));
console.log(Atomics.notify(ia, 0, 0));
