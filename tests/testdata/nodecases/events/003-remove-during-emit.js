// Removing or adding listeners during emit does not change the set of listeners called by the current emit, only later ones.
const EventEmitter = require('events');
const e = new EventEmitter();
const b = () => console.log('b');
const c = () => console.log('c');
e.on('x', () => { console.log('a'); e.removeListener('x', b); e.on('x', c); });
e.on('x', b);
e.emit('x');
console.log('---');
e.emit('x');
console.log(e.listenerCount('x'));
const e2 = new EventEmitter();
function self() { console.log('self'); e2.off('y', self); }
e2.on('y', self);
e2.on('y', () => console.log('other'));
e2.emit('y');
e2.emit('y');
