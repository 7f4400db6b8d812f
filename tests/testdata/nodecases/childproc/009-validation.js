// Bad arguments to child_process functions throw synchronously with Node's codes and messages.
const cp = require('child_process');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('spawn number', () => cp.spawn(5));
show('spawn empty', () => cp.spawn(''));
show('spawn args string', () => cp.spawn('ls', 'x'));
show('spawn options string', () => cp.spawn('ls', [], 'x'));
show('spawn null byte', () => cp.spawn('ls\0x'));
show('spawn bad stdio', () => cp.spawn('ls', [], { stdio: 'nope' }));
show('spawn bad shell', () => cp.spawn('ls', [], { shell: 5 }));
show('spawn bad timeout', () => cp.spawn('ls', [], { timeout: -1 }));
show('exec number', () => cp.exec(5));
show('execFile bad callback', () => cp.execFile('ls', [], {}, 'x'));
show('execSync number', () => cp.execSync(5));
show('exec bad killSignal', () => cp.exec('true', { killSignal: 'SIGNOPE' }));
show('exec bad maxBuffer', () => cp.exec('true', { maxBuffer: -1 }));
