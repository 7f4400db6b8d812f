// emit('error') without listener throws the Error itself, or ERR_UNHANDLED_ERROR for non-errors; errorMonitor listeners run first.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
const err = new Error('boom');
e.on(errorMonitor, (x) => console.log('monitor', x === err));
try { e.emit('error', err); } catch (x) { console.log('caught same', x === err); }
for (const v of ['str', 42, undefined, null]) {
  try { new EventEmitter().emit('error', v); } catch (x) {
    console.log(x.name, x.code, x.message, x.context === v, x instanceof Error);
  }
}
try { new EventEmitter().emit('error'); } catch (x) { console.log(x.message); }
e.on('error', (x) => console.log('handled', x.message));
console.log(e.emit('error', err));
console.log(errorMonitor.toString(), EventEmitter.errorMonitor === require('events').errorMonitor);
