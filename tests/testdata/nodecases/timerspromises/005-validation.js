// Invalid arguments make timers/promises functions return rejected promises (ERR_INVALID_ARG_TYPE) instead of throwing.
const tp = require('timers/promises');
function report(label) { return (e) => console.log(label, e.name, e.code, e.message); }
let p = tp.setTimeout('10');
console.log('returned promise', p instanceof Promise);
p.catch(report('delay'));
tp.setTimeout(1, 'v', null).catch(report('options null'));
tp.setTimeout(1, 'v', 5).catch(report('options number'));
tp.setTimeout(1, 'v', { signal: 'no' }).catch(report('signal'));
tp.setTimeout(1, 'v', { ref: 1 }).catch(report('ref'));
tp.setImmediate('v', []).catch(report('immediate options array'));
tp.setImmediate('v', { signal: {} }).catch(report('immediate signal'));
tp.scheduler.wait('x').catch(report('wait'));
const it = tp.setInterval('bad');
console.log('setInterval did not throw');
it.next().catch(report('interval'));
