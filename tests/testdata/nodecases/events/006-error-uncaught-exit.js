// An 'error' emitted with no listener becomes an uncaught exception: it is printed to stderr and the exit code is 1.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('before');
setTimeout(() => {
  console.log('in timer');
  e.emit('error', new Error('unhandled boom'));
  console.log('not reached');
}, 1);
