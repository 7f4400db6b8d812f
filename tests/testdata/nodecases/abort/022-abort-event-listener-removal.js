// Listeners removed by an earlier abort listener are not called; an aborted signal never fires 'abort' again.
const ac = new AbortController();
const s = ac.signal;
const second = () => console.log('second');
s.addEventListener('abort', () => { console.log('first'); s.removeEventListener('abort', second); });
s.addEventListener('abort', second);
s.addEventListener('abort', (e) => { console.log('third', e.eventPhase); e.stopImmediatePropagation(); });
s.addEventListener('abort', () => console.log('fourth'));
ac.abort();
s.dispatchEvent(new Event('abort'));
console.log('manual dispatch does not change state', s.aborted);
