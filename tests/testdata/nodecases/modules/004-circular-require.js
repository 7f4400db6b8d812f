// Circular requires see the partially filled exports of a module that is still loading (the Node docs example).
console.log('main starting');
const a = require('./fixtures/circ-a.js');
const b = require('./fixtures/circ-b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
