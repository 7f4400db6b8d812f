// process is an EventEmitter: on/once/off/emit/listenerCount work with custom event names and return values like any emitter.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, process.on === EventEmitter.prototype.on);
function h(x) { console.log('h', x, this === process); }
console.log(process.on('custom', h) === process);
process.once('custom', (x) => console.log('once', x));
console.log(process.listenerCount('custom'));
console.log(process.emit('custom', 1));
console.log(process.listenerCount('custom'));
console.log(process.off('custom', h) === process, process.listenerCount('custom'));
console.log(process.emit('custom', 2));
console.log(process.eventNames().includes('custom'));
process.prependListener('other', () => console.log('second-added first'));
process.prependOnceListener('other', () => console.log('prepended once'));
process.emit('other');
process.emit('other');
console.log(String(process), Object.prototype.toString.call(process));
