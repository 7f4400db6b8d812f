// emitWarning(err) delivers the very same Error object to 'warning' listeners, after the current tick and before timers.
const err = new Error('same object');
err.name = 'SpecialWarning';
err.extra = 42;
process.on('warning', (w) => console.log('warning same', w === err, w.extra, w.name));
process.emitWarning(err);
process.nextTick(() => console.log('tick queued after emitWarning'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
