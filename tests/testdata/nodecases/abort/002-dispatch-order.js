// Listeners run in registration order with this = target; duplicates (same type, callback, capture) are ignored; dispatchEvent returns !defaultPrevented.
const et = new EventTarget();
function f(e) { console.log('f', this === et, e.target === et, e.currentTarget === et, e.eventPhase); }
et.addEventListener('x', f);
et.addEventListener('x', f);
et.addEventListener('x', f, { capture: true });
et.addEventListener('x', f, true);
const obj = { handleEvent(e) { console.log('handleEvent', this === obj, e.type); } };
et.addEventListener('x', obj);
et.addEventListener('x', obj);
et.addEventListener('x', (e) => { console.log('arrow'); e.preventDefault(); });
console.log('result', et.dispatchEvent(new Event('x')));
console.log('result cancelable', et.dispatchEvent(new Event('x', { cancelable: true })));
console.log('no listeners', et.dispatchEvent(new Event('none', { cancelable: true })));
et.removeEventListener('x', f);
et.removeEventListener('x', f, { capture: true });
et.removeEventListener('x', obj);
console.log('after removal');
et.dispatchEvent(new Event('x'));
