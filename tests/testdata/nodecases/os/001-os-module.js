// The os module: its exports, what does not depend on the machine (constants, EOL,
// devNull, endianness, argument checks and Node's SystemError), and the kinds and
// ranges of what does (checked against the process's own view where there is one).
const os = require('os');
console.log(Object.keys(os).sort().join(' '));
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), os.platform() === process.platform, os.arch() === process.arch);
console.log(os.getPriority.length, os.setPriority.length, os.userInfo.length, os.cpus.length);
console.log('toPrimitive', `${os.endianness}`, `${os.platform}` === process.platform, typeof os.cpus[Symbol.toPrimitive]);
console.log(JSON.stringify(os.constants.signals));
console.log(JSON.stringify(os.constants.errno));
console.log(JSON.stringify(os.constants.priority), JSON.stringify(os.constants.dlopen), os.constants.UV_UDP_REUSEADDR);
console.log(Object.getPrototypeOf(os.constants.signals), Object.keys(os.constants).join());

const cpus = os.cpus();
console.log('cpus', cpus.length > 0, cpus.length >= os.availableParallelism(),
  cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) &&
    Object.keys(c.times).join() === 'user,nice,sys,idle,irq' &&
    Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
console.log('memory', os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
console.log('load', os.loadavg().length, os.loadavg().every((l) => typeof l === 'number' && l >= 0));
console.log('uptime', os.uptime() > process.uptime());
console.log('names', ['hostname', 'release', 'version', 'machine', 'type', 'homedir', 'tmpdir']
  .every((k) => typeof os[k]() === 'string' && os[k]().length > 0), os.type());
const me = os.userInfo();
console.log('user', Object.getPrototypeOf(me), Object.keys(me).join(), me.homedir === os.homedir(),
  Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username), os.userInfo(5).username === me.username);
const ifs = os.networkInterfaces();
const lo = Object.values(ifs).flat().filter((a) => a.internal && a.family === 'IPv4');
console.log('interfaces', lo.some((a) => a.address === '127.0.0.1' && a.netmask === '255.0.0.0' && a.cidr === '127.0.0.1/8' &&
  a.mac === '00:00:00:00:00:00'), Object.values(ifs).flat().every((a) => (a.family === 'IPv6') === ('scopeid' in a)));
console.log('priority', Number.isInteger(os.getPriority()), os.getPriority() === os.getPriority(process.pid));
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
console.log('tmpdir', os.tmpdir());
if (saved === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = saved;
for (const f of [() => os.getPriority('x'), () => os.getPriority(2 ** 31), () => os.getPriority(2147483647),
  () => os.setPriority(0, 40), () => os.setPriority('a')]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.info); }
}
