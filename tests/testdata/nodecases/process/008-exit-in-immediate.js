// process.exit() with no argument inside an immediate uses process.exitCode; the next queued immediate never runs.
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 9;
setImmediate(() => {
  console.log('imm1');
  process.exit();
});
setImmediate(() => console.log('imm2 must not run'));
