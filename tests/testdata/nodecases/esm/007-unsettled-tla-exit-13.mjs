// When the loop empties while the entry point still awaits at top level, the process exits with code 13.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise(() => {});
console.log('never');
