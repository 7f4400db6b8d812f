// Invalid arguments throw Node-style errors with codes and exact messages.
const EventEmitter = require('events');
const e = new EventEmitter();
function show(fn) { try { fn(); console.log('no throw'); } catch (err) { console.log(err.name, err.code, err.message); } }
show(() => e.on('x', 5));
show(() => e.once('x', 'str'));
show(() => e.prependListener('x', null));
show(() => e.removeListener('x', {}));
show(() => e.setMaxListeners(-1));
show(() => e.setMaxListeners('3'));
show(() => { EventEmitter.defaultMaxListeners = NaN; });
show(() => EventEmitter.setMaxListeners(-2));
show(() => EventEmitter.getEventListeners({}, 'x'));
show(() => EventEmitter.getEventListeners(5, 'x'));
show(() => e.on('x', undefined));
show(() => new EventEmitter({ captureRejections: 'yes' }));
show(() => EventEmitter.on(e, 'x', { highWaterMark: 0 }));
console.log(EventEmitter.defaultMaxListeners);
