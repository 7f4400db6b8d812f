// events.on returns an async iterator that queues events emitted before next() is called; return() removes its listeners.
const EventEmitter = require('events');
async function main() {
  const e = new EventEmitter();
  const it = EventEmitter.on(e, 'data');
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log('listeners', e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1);
  e.emit('data', 2, 3);
  let r = await it.next();
  console.log(r.done, r.value.join('+'));
  r = await it.next();
  console.log(r.done, r.value.join('+'));
  const pending = it.next();
  e.emit('data', 4);
  r = await pending;
  console.log(r.done, r.value.join('+'));
  const waiting = it.next();
  r = await it.return();
  console.log('return', r.done, r.value);
  console.log('waiting', (await waiting).done);
  console.log('listeners', e.listenerCount('data'), e.listenerCount('error'));
  console.log('after', (await it.next()).done);
}
main();
