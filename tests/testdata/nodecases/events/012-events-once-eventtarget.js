// events.once works with an EventTarget: it resolves with [event] and ignores 'error' semantics.
const { once } = require('events');
async function main() {
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log(ev.type, ev instanceof Event, ev.target === et);
  const ac = new AbortController();
  const p = once(et, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.cause.name, err.cause.code); }
}
main();
