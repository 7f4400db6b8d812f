// EventEmitter methods work on objects that were never constructed (prototype set later) and via old-style inheritance.
const EventEmitter = require('events');
const util = require('util');
const obj = Object.setPrototypeOf({}, EventEmitter.prototype);
console.log(obj.emit('nothing'), obj.listenerCount('x'), obj.eventNames().length);
obj.on('x', (v) => console.log('got', v));
console.log(obj.emit('x', 5), Object.prototype.hasOwnProperty.call(obj, '_events'));
try { obj.emit('error', new Error('lazy')); } catch (e) { console.log('threw', e.message); }
function Old() { EventEmitter.call(this); this.name = 'old'; }
util.inherits(Old, EventEmitter);
const o = new Old();
o.once('hi', function () { console.log('hi from', this.name); });
o.emit('hi');
o.emit('hi');
class Sub extends EventEmitter { constructor() { super(); this.k = 1; } }
const s = new Sub();
s.on('k', function () { console.log('k', this.k); });
s.emit('k');
console.log(s instanceof EventEmitter, typeof s._events, s._eventsCount);
