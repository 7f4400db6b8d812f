// With captureRejections, a rejected promise returned by a listener is routed to the 'error' event (or Symbol.for('nodejs.rejection')).
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('x', async () => { throw new Error('async fail'); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('x');
const e2 = new EventEmitter({ captureRejections: true });
e2[EventEmitter.captureRejectionSymbol] = (err, name, arg) => console.log('rejection hook', err.message, name, arg);
e2.on('y', async () => { throw new Error('second'); });
e2.emit('y', 'arg1');
console.log('sync', EventEmitter.captureRejections, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
