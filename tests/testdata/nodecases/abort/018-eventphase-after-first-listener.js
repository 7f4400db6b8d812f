// As in Node, the dispatch flag is cleared after the first listener returns: later listeners see eventPhase 0 and currentTarget null.
const et = new EventTarget();
const ev = new Event('x');
et.addEventListener('x', (e) => console.log('first', e.eventPhase, e.currentTarget === et, e.composedPath().length));
et.addEventListener('x', (e) => console.log('second', e.eventPhase, e.currentTarget, e.target === et));
et.dispatchEvent(ev);
console.log('after', ev.eventPhase, ev.currentTarget, ev.target === et);
const t2 = new EventTarget();
t2.addEventListener('r', (e) => {
  try { t2.dispatchEvent(e); } catch (err) { console.log('recursion', err.code, err.message); }
});
t2.dispatchEvent(new Event('r'));
