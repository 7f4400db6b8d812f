// 'newListener' fires before the listener is added (with the original function for once), 'removeListener' fires after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
function foo() {}
e.on('newListener', (name, fn) => {
  console.log('newListener', String(name), fn === foo, e.listenerCount(name));
});
e.on('removeListener', (name, fn) => {
  console.log('removeListener', String(name), fn === foo, e.listenerCount(name));
});
e.on('x', foo);
e.once('x', foo);
e.prependListener(Symbol('s'), foo);
e.removeListener('x', foo);
e.removeListener('x', foo);
e.removeListener('x', foo);
e.emit('x');
console.log(e.eventNames().map(String).join(','));
