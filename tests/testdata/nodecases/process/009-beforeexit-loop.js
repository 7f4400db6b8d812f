// 'beforeExit' receives process.exitCode, fires again whenever its listener schedules more work, and is not emitted for explicit process.exit().
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode, n);
  if (n++ < 2) {
    setTimeout(() => {
      console.log('more work');
      process.exitCode = n + 10;
    }, 5);
  }
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 2;
