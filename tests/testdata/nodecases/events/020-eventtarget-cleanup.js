// events.on/once remove their EventTarget and AbortSignal listeners when they finish.
const { on, once, getEventListeners, EventEmitter } = require('events');
async function main() {
  const et = new EventTarget();
  const it = on(et, 'x');
  console.log('on listeners', getEventListeners(et, 'x').length);
  et.dispatchEvent(new Event('x'));
  console.log((await it.next()).value[0].type);
  await it.return();
  console.log('after return', getEventListeners(et, 'x').length);
  et.dispatchEvent(new Event('x'));
  console.log('next after return done', (await it.next()).done);
  const ac = new AbortController();
  const p = once(et, 'y', { signal: ac.signal });
  console.log('once', getEventListeners(et, 'y').length, getEventListeners(ac.signal, 'abort').length);
  ac.abort();
  await p.catch((e) => console.log(e.name));
  console.log('after abort', getEventListeners(et, 'y').length, getEventListeners(ac.signal, 'abort').length);
  const e = new EventEmitter();
  const ac2 = new AbortController();
  const p2 = once(e, 'q', { signal: ac2.signal });
  e.emit('q', 'v');
  console.log((await p2)[0], getEventListeners(ac2.signal, 'abort').length, e.listenerCount('error'));
  const it2 = on(e, 'w', { signal: ac2.signal, close: ['end'] });
  e.emit('w', 1);
  e.emit('end');
  console.log((await it2.next()).value[0], (await it2.next()).done, e.listenerCount('w'), e.listenerCount('end'), getEventListeners(ac2.signal, 'abort').length);
}
main();
