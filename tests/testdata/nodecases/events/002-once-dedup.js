// once() listeners fire a single time; listeners() unwraps them, rawListeners() returns the wrapper whose .listener is the original; the same function may be added twice.
const EventEmitter = require('events');
const e = new EventEmitter();
function f(v) { console.log('f', v); }
e.once('a', f);
e.on('a', f);
console.log(e.listenerCount('a'), e.listeners('a')[0] === f, e.rawListeners('a')[0] === f, e.rawListeners('a')[0].listener === f);
e.emit('a', 1);
e.emit('a', 2);
console.log(e.listenerCount('a'));
e.once('b', f);
e.removeListener('b', f);
console.log(e.emit('b', 3), e.listenerCount('b'));
let n = 0;
e.once('c', function () { n++; e.emit('c'); });
e.emit('c');
console.log('recursion count', n);
const raw = (() => { e.once('d', f); return e.rawListeners('d')[0]; })();
raw('via-raw');
console.log(e.listenerCount('d'));
raw('again');
console.log(e.listenerCount('f', f), e.listenerCount('a', f));
