// A fatal uncaught exception exits with code 1 even if process.exitCode was set, and 'exit' listeners see 1.
process.exitCode = 5;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
console.log('throwing');
throw new RangeError('sync boom');
