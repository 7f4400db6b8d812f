// Adding more than maxListeners listeners for one event emits one MaxListenersExceededWarning through process.emitWarning.
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', w.count, String(w.type), w.emitter instanceof EventEmitter);
});
const e = new EventEmitter();
for (let i = 0; i < 12; i++) e.on('foo', () => {});
class My extends EventEmitter {}
const m = new My();
m.setMaxListeners(2);
console.log(m.getMaxListeners());
const s = Symbol('sym');
for (let i = 0; i < 4; i++) m.on(s, () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('many', () => {});
console.log('sync done');
