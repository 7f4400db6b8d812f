// events.once resolves with the argument array, rejects on 'error', and rejects with AbortError (cause = signal.reason) when aborted.
const EventEmitter = require('events');
const { once } = EventEmitter;
async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  const args = await once(e, 'ready');
  console.log('args', args.length, args[0], args[1], e.listenerCount('error'), e.listenerCount('ready'));
  const p = once(e, 'ready');
  e.emit('error', new Error('bad'));
  try { await p; } catch (err) { console.log('rejected', err.message, e.listenerCount('ready')); }
  const ac = new AbortController();
  const p2 = once(e, 'never', { signal: ac.signal });
  ac.abort('why');
  try { await p2; } catch (err) { console.log(err.name, err.code, err.message, err.cause, e.listenerCount('never'), e.listenerCount('error')); }
  try { await once(e, 'x', { signal: AbortSignal.abort(7) }); } catch (err) { console.log('pre-aborted', err.name, err.cause); }
  try { await once(e, 'x', { signal: 1 }); } catch (err) { console.log(err.code, err.message); }
  const pe = once(e, 'error');
  e.emit('error', 'as-value');
  console.log('error event value', (await pe)[0]);
}
main();
