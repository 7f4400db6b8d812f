// An error thrown while an ES module evaluates ends the process with exit code 1 and the error on stderr.
process.on('exit', (code) => console.log('exit', code));
console.log('about to throw');
throw new RangeError('module failed');
