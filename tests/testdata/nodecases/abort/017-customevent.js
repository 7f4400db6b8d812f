// CustomEvent carries detail (default null) and is an Event.
const c = new CustomEvent('c');
console.log(c.detail, c instanceof Event, c.type);
const d = { n: 1 };
const c2 = new CustomEvent('c2', { detail: d, cancelable: true });
console.log(c2.detail === d, c2.cancelable);
const et = new EventTarget();
et.addEventListener('c2', (e) => { console.log('got', e.detail.n, e instanceof CustomEvent); e.preventDefault(); });
console.log(et.dispatchEvent(c2));
console.log(new CustomEvent('u', { detail: undefined }).detail, new CustomEvent('z', { detail: 0 }).detail);
console.log(Object.prototype.toString.call(c));
