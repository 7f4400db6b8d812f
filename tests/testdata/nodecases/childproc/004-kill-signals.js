// kill sends SIGTERM by default; exit reports the signal; kill after exit returns false; unknown signals throw.
const cp = require('child_process');
const child = cp.spawn('sleep', ['10']);
child.on('spawn', () => {
  console.log('kill', child.kill(), child.killed);
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.exitCode, child.signalCode);
  console.log('kill again', child.kill());
  try {
    child.kill('SIGFOO');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const c2 = cp.spawn('sleep', ['10']);
  c2.on('exit', (code, signal) => {
    console.log('SIGKILL', code, signal);
    const c3 = cp.spawn('sh', ['-c', 'kill -9 $$']);
    c3.on('exit', (code, signal) => {
      console.log('self kill', code, signal, c3.killed);
      const c4 = cp.spawn('sleep', ['10']);
      c4.on('exit', (code, signal) => console.log('by number', code, signal));
      c4.kill(2);
    });
  });
  c2.kill('SIGKILL');
});
