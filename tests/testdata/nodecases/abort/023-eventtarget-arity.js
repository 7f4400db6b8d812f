// EventTarget methods count their arguments as WebIDL does (a missing listener is an
// error, an undefined options argument is none) and keep their IDL lengths.
const t = new EventTarget();
console.log(EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length);
for (const f of [() => t.addEventListener('x'), () => t.removeEventListener('x'), () => t.dispatchEvent(), () => t.dispatchEvent(undefined)]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
t.addEventListener('x', (e) => console.log('got', e.type), undefined);
t.addEventListener('x', { handleEvent(e) { console.log('obj', e.type); } }, { once: true });
t.dispatchEvent(new Event('x'));
t.dispatchEvent(new Event('x'));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('aborted', ac.signal.reason.name));
ac.abort();
