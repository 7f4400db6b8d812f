// removeEventListener only matches a capture listener through an options object with capture: true (a plain true does not, as in Node); preventDefault in a passive listener still cancels in Node.
const et = new EventTarget();
const f = () => console.log('f');
et.addEventListener('x', f, { capture: true });
et.removeEventListener('x', f);
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', f, true);
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', f, { capture: true });
et.dispatchEvent(new Event('x'));
console.log('removed');
et.addEventListener('p', (e) => e.preventDefault(), { passive: true });
console.log(et.dispatchEvent(new Event('p', { cancelable: true })));
