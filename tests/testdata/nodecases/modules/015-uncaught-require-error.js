// An uncaught exception from a required module terminates the process with exit code 1 and prints the error.
console.log('before require');
require('./fixtures/throws');
console.log('not reached');
