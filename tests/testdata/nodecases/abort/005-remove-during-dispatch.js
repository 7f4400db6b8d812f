// A listener removed during dispatch is not called; one appended while a later listener is still pending is reached, as in Node.
const et = new EventTarget();
const b = () => console.log('b');
const late = () => console.log('late');
et.addEventListener('x', () => { console.log('a'); et.removeEventListener('x', b); });
et.addEventListener('x', b);
et.addEventListener('x', () => console.log('c'));
et.dispatchEvent(new Event('x'));
console.log('--');
et.dispatchEvent(new Event('x'));
const t2 = new EventTarget();
t2.addEventListener('y', () => { console.log('only'); t2.addEventListener('y', late); });
t2.dispatchEvent(new Event('y'));
console.log('--');
t2.dispatchEvent(new Event('y'));
function selfRemove() { console.log('self'); t2.removeEventListener('z', selfRemove); }
t2.addEventListener('z', selfRemove);
t2.addEventListener('z', () => console.log('after self'));
t2.dispatchEvent(new Event('z'));
t2.dispatchEvent(new Event('z'));
