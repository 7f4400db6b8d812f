// With { ref: false } a pending timers/promises timer does not keep the process alive.
const tp = require('timers/promises');
tp.setTimeout(100000, 'x', { ref: false }).then(() => console.log('never'));
tp.setImmediate('imm', { ref: false }).then((v) => console.log('unref immediate still runs', v));
const it = tp.setInterval(100000, 'x', { ref: false });
it.next().then(() => console.log('never'));
process.on('exit', (c) => console.log('exit', c));
console.log('sync end');
