// A timers/promises timeout is queued like a callback timer: its continuation runs between callback timers of the same delay.
const tp = require('timers/promises');
setTimeout(() => console.log('cb 1'), 10);
tp.setTimeout(10, 'promise').then(console.log);
setTimeout(() => console.log('cb 2'), 10);
