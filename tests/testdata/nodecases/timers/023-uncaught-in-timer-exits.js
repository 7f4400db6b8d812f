// Without a listener, an exception in a timer prints the error and exits with code 1; later timers never run.
setTimeout(() => {
  console.log('about to throw');
  throw new TypeError('timer boom');
}, 5);
setTimeout(() => console.log('must not run'), 100);
process.on('exit', (code) => console.log('exit', code));
