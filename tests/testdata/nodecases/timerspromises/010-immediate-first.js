// The promise timers share the callback timers' queues: from a timer callback, setImmediate resolves before setTimeout(0).
const tp = require('timers/promises');
setTimeout(() => {
  tp.setTimeout(0, 'timeout').then(console.log);
  tp.setImmediate('immediate').then(console.log);
}, 1);
setTimeout(() => {
  setTimeout(() => console.log('cb timeout'), 0);
  tp.setImmediate('p immediate').then(console.log);
  setImmediate(() => console.log('cb immediate'));
}, 30);
