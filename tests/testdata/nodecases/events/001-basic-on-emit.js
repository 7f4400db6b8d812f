// emit calls listeners synchronously in order with the arguments and the emitter as this; it returns whether any listener existed.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.emit('x', 1));
e.on('x', function (a, b) { console.log('first', a, b, this === e); });
e.addListener('x', (...args) => console.log('second', args.length));
console.log(e.emit('x', 1, 2));
console.log(e.emit('y'));
console.log(e.on === e.addListener, e.off === e.removeListener);
console.log(typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter);
console.log(e.listenerCount('x'), e.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(e.on('z', () => {}) === e, e.once('z', () => {}) === e, e.removeAllListeners('z') === e);
