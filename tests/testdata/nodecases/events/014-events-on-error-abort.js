// events.on rejects the pending next() on 'error' (then finishes) and with AbortError when its signal aborts.
const EventEmitter = require('events');
async function main() {
  const e = new EventEmitter();
  const it = EventEmitter.on(e, 'data');
  const p = it.next();
  e.emit('error', new Error('oops'));
  try { await p; } catch (err) { console.log('rejected', err.message); }
  console.log((await it.next()).done, e.listenerCount('data'));

  const e2 = new EventEmitter();
  const it2 = EventEmitter.on(e2, 'data');
  e2.emit('data', 'queued');
  e2.emit('error', new Error('later'));
  console.log((await it2.next()).value[0]);
  try { await it2.next(); } catch (err) { console.log('then error', err.message); }
  console.log((await it2.next()).done);

  const ac = new AbortController();
  const it3 = EventEmitter.on(e, 'tick', { signal: ac.signal });
  const p3 = it3.next();
  ac.abort('stop');
  try { await p3; } catch (err) { console.log(err.name, err.cause, e.listenerCount('tick')); }
  try { EventEmitter.on(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync throw', err.name); }
  try { it3.throw('not an error'); } catch (err) { console.log(err.code); }
}
main();
