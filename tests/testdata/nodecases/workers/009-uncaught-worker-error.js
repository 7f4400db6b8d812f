// With no 'error' listener, a worker's uncaught exception becomes an uncaught
// exception of the main thread: the process prints it and exits with code 1.
const { Worker } = require('worker_threads');

const w = new Worker('throw new Error("worker failed")', { eval: true });
w.on('exit', (code) => console.log('exit listener not reached', code));
process.on('exit', (code) => console.log('process exit', code));
