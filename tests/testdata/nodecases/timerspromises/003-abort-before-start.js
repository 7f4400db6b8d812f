// An already aborted signal makes setTimeout/setImmediate/scheduler.wait reject with AbortError whose cause is the signal's reason.
const tp = require('timers/promises');
const reason = new Error('pre');
const signal = AbortSignal.abort(reason);
function report(label) {
  return (err) => console.log(label, err.name, err.code, err.message, err.cause === reason, err instanceof Error);
}
tp.setTimeout(10, 'x', { signal }).catch(report('setTimeout'));
tp.setImmediate('x', { signal }).catch(report('setImmediate'));
tp.scheduler.wait(10, { signal }).catch(report('wait'));
const it = tp.setInterval(10, 'x', { signal });
it.next().catch(report('setInterval'));
tp.setTimeout(1, 'y', { signal: AbortSignal.abort() }).catch((e) => console.log('default reason', e.cause.name, e.cause.code));
