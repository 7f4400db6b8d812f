(function (native, errors, constants) {
'use strict';
// Node's os module over native, which reads what libuv reads (osmod.go). Values that
// Node caches per process are not cached: they are cheap to read again.
const { makeError, validateInt32 } = errors;

// sys calls a native and turns the failure it reports into Node's SystemError.
function sys(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    if (e === null || typeof e !== 'object' || e.systemError !== true) throw e;
    const info = { errno: e.errno, code: e.code, message: e.message, syscall: e.syscall };
    const err = makeError(Error, 'ERR_SYSTEM_ERROR',
      `A system error occurred: ${e.syscall} returned ${e.code} (${e.message})`);
    err.name = 'SystemError';
    err.info = info;
    err.errno = e.errno;
    err.syscall = e.syscall;
    throw err;
  }
}

function cpus() {
  return sys(native.cpus).map(([model, speed, user, nice, sys, idle, irq]) =>
    ({ model, speed, times: { user, nice, sys, idle, irq } }));
}

function networkInterfaces() {
  const out = { __proto__: null };
  for (const [name, address, netmask, family, mac, internal, prefix, scopeid] of sys(native.interfaces)) {
    const e = { address, netmask, family, mac, internal, cidr: `${address}/${prefix}` };
    if (family === 'IPv6') e.scopeid = scopeid;
    (out[name] ??= []).push(e);
  }
  return { ...out };
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null; // as Node: anything else is no options
  const [uid, gid, username, homedir, shell] = sys(native.userInfo);
  const buffers = options != null && options.encoding === 'buffer';
  const enc = (s) => (buffers ? Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: enc(username), homedir: enc(homedir), shell: shell === '' ? null : enc(shell) };
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  return sys(native.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  sys(native.setPriority, pid, priority);
}

const uname = () => sys(native.uname);

const os = {
  arch: () => process.arch,
  availableParallelism: () => native.availableParallelism(),
  cpus,
  endianness: () => 'LE',
  freemem: () => sys(native.memory)[1],
  getPriority,
  homedir: () => native.homedir(),
  hostname: () => sys(native.hostname),
  loadavg: () => native.loadavg(),
  networkInterfaces,
  platform: () => process.platform,
  release: () => uname()[1],
  setPriority,
  tmpdir,
  totalmem: () => sys(native.memory)[0],
  type: () => uname()[0],
  userInfo,
  uptime: () => native.uptime(),
  version: () => uname()[2],
  machine: () => uname()[3],
};
// Node's functions that return one string or number also answer Symbol.toPrimitive
// with it, so that `${os.hostname}` still works as it did when they were values.
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'platform',
  'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = os[name];
  fn[Symbol.toPrimitive] = () => fn();
}
os.constants = constants;
os.EOL = '\n';
os.devNull = '/dev/null';
return os;
})
