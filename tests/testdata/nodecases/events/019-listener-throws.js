// An exception thrown by a listener propagates out of emit and skips the remaining listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('first'));
e.on('x', () => { throw new Error('listener failed'); });
e.on('x', () => console.log('third'));
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
e.once('y', () => { throw new Error('once failed'); });
try { e.emit('y'); } catch (err) { console.log('caught', err.message, e.listenerCount('y')); }
