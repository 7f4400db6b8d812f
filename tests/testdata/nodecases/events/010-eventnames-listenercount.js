// eventNames lists string and symbol names in insertion order; listenerCount (also static, and with a listener argument) counts listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
const s = Symbol('s');
function f() {}
e.on('b', f);
e.on(s, f);
e.on('a', f);
e.on('a', f);
e.once('a', f);
console.log(e.eventNames().map(String).join(','));
console.log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('b', () => {}), e.listenerCount('zz'));
console.log(EventEmitter.listenerCount(e, 'a'), EventEmitter.listenerCount(e, s));
e.removeAllListeners('b');
console.log(e.eventNames().map(String).join(','));
console.log(new EventEmitter().eventNames().length);
