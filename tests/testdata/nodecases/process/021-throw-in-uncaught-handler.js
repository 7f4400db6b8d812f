// If an 'uncaughtException' listener throws, the process exits with code 7 without emitting 'exit'.
process.on('uncaughtException', (e) => {
  console.log('handler', e.message);
  throw new Error('inside handler');
});
process.on('exit', (c) => console.log('exit must not be logged', c));
setTimeout(() => { throw new Error('first'); }, 5);
