// An enabled monitor does not keep the process alive, as Node's timer is unref'd.
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
let beforeExit = 0;
process.on('beforeExit', () => { beforeExit++; });
process.on('exit', (code) => console.log('exit', code, 'beforeExit', beforeExit, 'enabled', h.disable()));
setTimeout(() => console.log('last timer'), 40);
