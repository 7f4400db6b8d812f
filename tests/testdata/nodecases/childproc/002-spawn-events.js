// spawn: a ChildProcess with stdout/stderr streams and the events spawn, exit, close in order.
const cp = require('child_process');
const EventEmitter = require('events');
const child = cp.spawn('sh', ['-c', 'echo one; echo two >&2; echo three']);
console.log(child instanceof EventEmitter, child instanceof cp.ChildProcess, typeof child.pid, child.spawnfile, child.spawnargs);
console.log(typeof child.stdin.write, typeof child.stdout.on, typeof child.stderr.on, child.stdio.length, child.exitCode, child.signalCode);
const events = [];
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('end', () => events.push('stdout end'));
child.on('spawn', () => events.push('spawn'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log(JSON.stringify(out), JSON.stringify(err));
  console.log(events.filter((e) => e !== 'stdout end').join(' | '), events.indexOf('stdout end') < events.length - 1);
  console.log(child.exitCode, child.signalCode, child.killed);
  const c2 = cp.spawn('sh', ['-c', 'exit 7'], { stdio: 'ignore' });
  console.log(c2.stdout, c2.stdin, c2.stdio);
  c2.on('exit', (code) => console.log('exit code', code));
  c2.on('close', (code) => console.log('close code', code));
});
