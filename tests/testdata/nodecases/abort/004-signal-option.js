// addEventListener's signal option removes the listener on abort, and an already aborted signal means the listener is not added.
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('x', () => console.log('with signal'), { signal: ac.signal });
et.addEventListener('x', () => console.log('capture with signal'), { signal: ac.signal, capture: true });
et.addEventListener('x', () => console.log('plain'));
et.dispatchEvent(new Event('x'));
ac.abort();
console.log('--');
et.dispatchEvent(new Event('x'));
et.addEventListener('x', () => console.log('never'), { signal: ac.signal });
et.dispatchEvent(new Event('x'));
try { et.addEventListener('x', () => {}, { signal: {} }); } catch (e) { console.log(e.code, e.message); }
try { et.addEventListener('x', () => {}, 5); } catch (e) { console.log(e.code, e.message); }
const flags = [];
et.addEventListener('z', () => {}, { get once() { flags.push('once'); }, get capture() { flags.push('capture'); }, get passive() { flags.push('passive'); }, get signal() { flags.push('signal'); } });
console.log(flags.join(','));
