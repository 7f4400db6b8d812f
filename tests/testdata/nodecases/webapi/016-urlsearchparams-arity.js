// URLSearchParams methods count their arguments (a missing one throws, an undefined one
// is the string or the absent value), and keep their IDL lengths.
const p = new URLSearchParams('a=1&b=2&a=3');
console.log(['append', 'delete', 'get', 'getAll', 'has', 'set'].map((n) => `${n}:${URLSearchParams.prototype[n].length}`).join(' '));
for (const f of [() => p.get(), () => p.append('x'), () => p.set('x'), () => p.has(), () => p.delete(), () => p.getAll()]) {
  try { console.log(f()); } catch (e) { console.log(e.code, e.message); }
}
console.log(p.get(undefined), p.getAll('a'), p.has('a', '3'), p.has('a', undefined), p.has('a', '9'));
p.append('c', undefined); p.set('b', 5); p.delete('a', '1'); p.delete('zz', undefined);
console.log(p.toString(), p.size);
p.delete('a');
console.log(String(p));
