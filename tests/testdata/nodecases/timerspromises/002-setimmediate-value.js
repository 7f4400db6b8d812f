// timers/promises setImmediate resolves with its value in the check phase, after process.nextTick and promise jobs.
const { setImmediate: immediate } = require('timers/promises');
immediate('imm').then((v) => console.log(v));
immediate().then((v) => console.log('empty', v));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync');
