// execSync, execFileSync and spawnSync block until the child ends and return or throw Node's shapes.
const cp = require('child_process');
setTimeout(() => console.log('timer after all sync calls'), 0);
console.log(JSON.stringify(cp.execSync('echo hi').toString()));
console.log(JSON.stringify(cp.execSync('echo hi', { encoding: 'utf8' })));
console.log(JSON.stringify(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' })));
console.log(cp.execSync('cat', { input: 'from input' }).toString());
try {
  cp.execSync('echo out; echo err >&2; exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, String(e.stdout), String(e.stderr), e.output.length, Object.keys(e).join());
}
try {
  cp.execFileSync('jsloop-no-such-program', ['z']);
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, e.status, Object.keys(e).join());
}
const r = cp.spawnSync('sh', ['-c', 'echo x; exit 2']);
console.log(Object.keys(r).join(), r.status, r.signal, r.output[0], String(r.output[1]), String(r.stdout), r.stderr.length);
const r2 = cp.spawnSync('jsloop-no-such-program');
console.log(Object.keys(r2).join(), r2.error.message, r2.status, r2.output, r2.pid, r2.stdout);
const r3 = cp.spawnSync('sleep', ['5'], { timeout: 50 });
console.log(r3.status, r3.signal, r3.error.code, r3.error.message, r3.error.syscall);
const r4 = cp.spawnSync('sh', ['-c', 'echo $0'], { encoding: 'utf8' });
console.log(JSON.stringify(r4.stdout), typeof r4.stderr);
console.log('sync done');
