// 'beforeExit' is not emitted when the process ends via process.exit(), only 'exit' is.
process.on('beforeExit', () => console.log('beforeExit must not run'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling exit');
  process.exit(4);
}, 5);
