// Aborting the signal while the setInterval iterator waits rejects the pending next() with AbortError and ends the iterator.
const { setInterval: every } = require('timers/promises');
async function main() {
  const ac = new AbortController();
  const it = every(5, 'v', { signal: ac.signal });
  const first = await it.next();
  console.log('first', first.value, first.done);
  const pending = it.next();
  ac.abort('enough');
  try { await pending; } catch (e) { console.log('rejected', e.name, e.cause); }
  const r = await it.next();
  console.log('then', r.done, r.value);
  const ac2 = new AbortController();
  const it2 = every(5, 'w', { signal: ac2.signal });
  await it2.next();
  ac2.abort('held');
  try { await it2.next(); } catch (e) { console.log('aborted while holding', e.name, e.cause); }
}
main();
