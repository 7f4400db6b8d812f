// process.exit() inside an 'exit' listener stops the remaining listeners and overrides the exit code.
process.on('exit', (code) => {
  console.log('exit1', code, process.exitCode);
  process.exit(7);
  console.log('after exit in exit');
});
process.on('exit', (code) => console.log('exit2 must not run', code));
process.exitCode = 3;
