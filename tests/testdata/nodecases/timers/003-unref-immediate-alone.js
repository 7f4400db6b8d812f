// An unref'd immediate that is the only pending work does not keep the process alive and never runs.
const i = setImmediate(() => console.log('immediate ran'));
i.unref();
process.on('exit', (code) => console.log('exit', code, i.hasRef()));
console.log('end of script');
