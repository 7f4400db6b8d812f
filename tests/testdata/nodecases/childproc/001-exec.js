// exec runs through /bin/sh: the callback gets stdout and stderr as strings, and an error with code, killed, signal and cmd on failure.
const cp = require('child_process');
cp.exec('echo out; echo err >&2', (err, stdout, stderr) => {
  console.log('ok', err, JSON.stringify(stdout), JSON.stringify(stderr));
  cp.exec('echo partial; echo bad >&2; exit 3', (err, stdout, stderr) => {
    console.log(err instanceof Error, JSON.stringify(err.message));
    console.log(err.code, err.killed, err.signal, err.cmd, Object.keys(err).join());
    console.log(JSON.stringify(stdout), JSON.stringify(stderr));
    cp.exec('echo $0 $JSLOOP_X', { env: { ...process.env, JSLOOP_X: 'from env' } }, (err, stdout) => {
      console.log(err, stdout.trim());
      cp.exec('printf abc', { encoding: 'buffer' }, (err, stdout, stderr) => {
        console.log(err, typeof stdout, stdout.length, stdout.toString(), stderr.length);
        cp.exec('pwd', { cwd: '/' }, (err, stdout) => console.log('cwd', stdout.trim()));
      });
    });
  });
});
