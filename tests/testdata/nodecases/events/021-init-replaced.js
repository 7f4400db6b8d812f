// EventEmitter.init can be replaced (some libraries wrap it); new emitters, subclasses'
// included, call the replacement, and putting the original back restores it. (Nothing
// is printed while it is replaced: node makes stdout's emitter on first use.)
const EventEmitter = require('events');
const original = EventEmitter.init;
const seen = [];
EventEmitter.init = function (opts) {
  seen.push(this.constructor.name);
  return original.call(this, opts);
};
class Sub extends EventEmitter {}
const a = new EventEmitter();
const b = new Sub();
EventEmitter.init = original;
new Sub();
console.log(seen, a._eventsCount, b.listenerCount('x'), typeof a._events);
console.log(seen.length, EventEmitter.init === original);
const c = new EventEmitter({ captureRejections: true });
console.log(Object.getOwnPropertySymbols(c).map(String), c._maxListeners);
console.log(new EventEmitter());
