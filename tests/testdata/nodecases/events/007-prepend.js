// prependListener and prependOnceListener add to the front of the listener list.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log(1));
e.prependListener('x', () => console.log(2));
e.prependOnceListener('x', () => console.log(3));
e.on('x', () => console.log(4));
e.emit('x');
console.log('--');
e.emit('x');
console.log(e.listenerCount('x'));
