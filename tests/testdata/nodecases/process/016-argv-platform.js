// process.argv has the executable and the absolute script path; platform/arch/version/pid have the right types.
const path = require('path');
console.log(process.argv.length, typeof process.argv[0]);
console.log(path.isAbsolute(process.argv[1]), path.basename(process.argv[1]));
console.log(typeof process.argv0, typeof process.execPath, Array.isArray(process.execArgv));
console.log(typeof process.platform, typeof process.arch, process.platform.length > 0, process.arch.length > 0);
console.log(typeof process.version, /^v\d+\.\d+\.\d+/.test(process.version));
console.log(typeof process.versions, typeof process.versions.node, typeof process.pid, Number.isInteger(process.pid));
console.log(typeof process.cwd(), path.isAbsolute(process.cwd()));
console.log(typeof process.exit, typeof process.kill, typeof process.emitWarning, typeof process.nextTick);
