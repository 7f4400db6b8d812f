// A listener added with { once: true } is removed before it is invoked, so it runs once and can be re-added.
const et = new EventTarget();
let n = 0;
function h() { n++; console.log('h', n); }
et.addEventListener('x', h, { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
et.addEventListener('x', h, { once: true });
et.addEventListener('x', h);
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', h);
function re() { console.log('re'); et.addEventListener('y', re, { once: true }); }
et.addEventListener('y', re, { once: true });
et.dispatchEvent(new Event('y'));
et.dispatchEvent(new Event('y'));
console.log('count', n);
