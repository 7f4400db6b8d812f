// timers/promises removes its abort listener from the signal once the timer settles.
const { getEventListeners } = require('events');
const tp = require('timers/promises');
async function main() {
  const ac = new AbortController();
  const p = tp.setTimeout(1, 'v', { signal: ac.signal });
  console.log('while pending', getEventListeners(ac.signal, 'abort').length);
  await p;
  console.log('after settle', getEventListeners(ac.signal, 'abort').length);
  const it = tp.setInterval(1, 'v', { signal: ac.signal });
  await it.next();
  console.log('interval running', getEventListeners(ac.signal, 'abort').length);
  await it.return();
  console.log('interval returned', getEventListeners(ac.signal, 'abort').length);
}
main();
