// A listener that removes itself handles the first exception; the second one is fatal (exit 1), and later timers never run.
process.on('uncaughtException', function h(e) {
  console.log('h', e.message);
  process.off('uncaughtException', h);
});
process.on('exit', (c) => console.log('exit', c, process.listenerCount('uncaughtException')));
setTimeout(() => { throw new Error('one'); }, 5);
setTimeout(() => { throw new Error('two'); }, 50);
setTimeout(() => console.log('not reached'), 100);
