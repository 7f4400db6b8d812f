// util.promisify(exec) and promisify(execFile) resolve { stdout, stderr } and reject with stdout/stderr on the error.
const cp = require('child_process');
const util = require('util');
const exec = util.promisify(cp.exec);
const execFile = util.promisify(cp.execFile);
(async () => {
  const r = await exec('echo a; echo b >&2');
  console.log(r, Object.keys(r));
  const p = exec('echo child');
  console.log(p.child instanceof cp.ChildProcess);
  console.log((await p).stdout);
  try {
    await exec('echo some; exit 2');
  } catch (e) {
    console.log(e.code, e.killed, e.signal, e.cmd, JSON.stringify(e.stdout), JSON.stringify(e.stderr), Object.keys(e).join());
  }
  console.log(await execFile('echo', ['x', 'y']));
  try {
    await execFile('jsloop-no-such-program');
  } catch (e) {
    console.log(e.code, e.message, JSON.stringify(e.stdout));
  }
  try {
    await exec('sleep 5', { timeout: 50 });
  } catch (e) {
    console.log('timeout', e.code, e.killed, e.signal);
  }
  try {
    await exec('yes | head -c 5000', { maxBuffer: 100 });
  } catch (e) {
    console.log('maxBuffer', e.name, e.code, e.message, e.stdout.length);
  }
})();
