// Async generator objects report [object AsyncGenerator], return themselves from Symbol.asyncIterator, inherit non-enumerable next/return/throw, and reject calls on other receivers with a TypeError.
const log = (...a) => console.log(...a);
async function* gen() { yield 1; }
const g = gen();
log(Object.prototype.toString.call(g), String(g));
log(g[Symbol.asyncIterator]() === g, typeof g.next, typeof g[Symbol.iterator]);
log(Object.keys(g).length, 'next' in g, Object.prototype.hasOwnProperty.call(g, 'next'));
log(g.next.length, g.return.length, g.throw.length, g.next.name, g.return.name, g.throw.name);
let proto = g;
while (!Object.prototype.hasOwnProperty.call(proto, 'next')) proto = Object.getPrototypeOf(proto);
log(Object.keys(proto), proto[Symbol.toStringTag]);
const asyncIteratorProto = Object.getPrototypeOf(proto);
log(Reflect.ownKeys(asyncIteratorProto).map(String), asyncIteratorProto[Symbol.asyncIterator].call(5));
log(gen() !== gen(), g.next() instanceof Promise);
g.next.call({}).then(null, (e) => log(e.constructor.name, e.message));
g.return.call(42).then(null, (e) => log(e.constructor.name, e.message));
