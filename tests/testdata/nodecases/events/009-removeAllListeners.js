// removeAllListeners(type) removes in LIFO order emitting 'removeListener'; without args it removes every event, 'removeListener' last.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('a', function a1() {});
e.on('a', function a2() {});
e.on('b', function b1() {});
e.on('removeListener', (name, fn) => console.log('removed', name, fn.name));
e.removeAllListeners('a');
console.log(e.eventNames().join(','));
e.on('a', function a3() {});
e.removeAllListeners();
console.log(e.eventNames().length, e.listenerCount('removeListener'));
const f = new EventEmitter();
f.on('q', () => {});
f.removeAllListeners('nothing');
f.removeAllListeners('q');
console.log(f.eventNames().length, f.emit('q'));
