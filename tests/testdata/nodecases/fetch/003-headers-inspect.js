// Headers inspection and iterators: original-case names in insertion order for console.log, sorted live iteration, Headers Iterator objects.
const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': 'two', 'set-cookie': 'a=1' });
h.append('x-b', 'three');
h.append('Set-Cookie', 'b=2');
console.log(h);
console.log(new Headers(), new Headers([['a', '1']]));
console.log(Object.prototype.toString.call(h), String(h), typeof Headers, Headers.name, Headers.length);
console.log(Object.keys(h), JSON.stringify(h), h instanceof Headers);
const it = h.entries();
console.log(Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(h[Symbol.iterator] === h.entries);
const h2 = new Headers({ b: '1', a: '2', c: '3' });
const seen = [];
for (const [k] of h2) { seen.push(k); if (k === 'a') h2.delete('b'); }
console.log(seen);
const h3 = new Headers({ b: '1', a: '2' });
const i3 = h3.keys();
console.log(i3.next());
h3.append('aa', 'x');
console.log(i3.next(), i3.next(), i3.next());
console.log(Object.getOwnPropertyNames(Headers.prototype));
