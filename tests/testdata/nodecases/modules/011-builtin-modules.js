// Built-in modules are available with and without the node: prefix and are the same objects; an unknown node: name throws ERR_UNKNOWN_BUILTIN_MODULE.
console.log(require('node:events') === require('events'), typeof require('node:events'));
console.log(require('node:path') === require('path'), require('node:util') === require('util'));
console.log(require('node:timers') === require('timers'));
const EventEmitter = require('node:events');
console.log(EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once);
try {
  require('node:definitely-not-a-builtin');
} catch (e) {
  console.log(e.code, e.message);
}
