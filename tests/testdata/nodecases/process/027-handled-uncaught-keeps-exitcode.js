// When an 'uncaughtException' listener handles the error, the process continues and exits with process.exitCode.
process.exitCode = 5;
process.on('uncaughtException', (e) => console.log('caught', e.message, process.exitCode));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('timer still runs'), 5);
throw new Error('sync');
