// An integer string in process.exitCode is used as the exit code (here '0x10' -> 16), and 'exit' listeners see it.
process.exitCode = '0x10';
process.on('exit', (code) => console.log('exit', code, typeof code, process.exitCode));
