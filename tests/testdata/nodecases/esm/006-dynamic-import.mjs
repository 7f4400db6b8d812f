// import() of a local module and of a built-in returns a promise of the module namespace.
const counter = await import('./lib/counter.mjs');
counter.increment();
console.log('dynamic', counter.count, typeof counter.default);
const events = await import('node:events');
console.log(typeof events.default, typeof events.EventEmitter, events.default === events.EventEmitter);
