// Exit codes are taken modulo 256: -1 exits with 255, 259 with 3 (the 'exit' event still sees the raw value).
process.on('exit', (code) => console.log('exit event code', code));
process.exitCode = 259;
console.log('set');
