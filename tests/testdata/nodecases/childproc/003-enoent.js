// A missing program: spawn emits 'error' (spawn nope ENOENT) then 'close' with -2; execFile reports the same error; exec gets 127 from the shell.
const cp = require('child_process');
const child = cp.spawn('jsloop-no-such-program', ['a', 'b']);
console.log(child.pid, typeof child.stdout);
child.on('spawn', () => console.log('never spawned'));
child.on('exit', () => console.log('never exits'));
child.on('error', (e) => {
  console.log(e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs, Object.keys(e).join());
});
child.on('close', (code, signal) => {
  console.log('close', code, signal, child.exitCode);
  cp.execFile('jsloop-no-such-program', ['x'], (err, stdout, stderr) => {
    console.log(err.message, err.code, err.cmd, JSON.stringify(stdout), Object.keys(err).join());
    cp.exec('jsloop-no-such-program', (err, stdout, stderr) => {
      console.log(err.code, err.killed, err.signal, stderr.includes('not found'));
      const c = cp.spawn('jsloop-no-such-program', { shell: true });
      c.on('exit', (code) => console.log('via shell', code, c.spawnfile, c.spawnargs));
    });
  });
});
