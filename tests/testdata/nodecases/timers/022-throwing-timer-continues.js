// An exception in one timer or immediate goes to 'uncaughtException'; the remaining callbacks of the same phase still run.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => { throw new Error('immediate'); });
setImmediate(() => {
  console.log('next immediate');
  setTimeout(() => { throw new Error('first timer'); }, 10);
  setTimeout(() => console.log('second timer'), 10);
});
