// require('timers') and require('node:timers') are the same module whose functions are the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log(timers === nodeTimers);
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, typeof timers[k], timers[k] === globalThis[k]);
}
console.log(typeof timers.promises, timers.promises === require('timers/promises'));
timers.setTimeout((x) => console.log('via module', x), 5, 'ok');
