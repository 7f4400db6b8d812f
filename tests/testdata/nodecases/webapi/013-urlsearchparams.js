// URLSearchParams parses and serializes application/x-www-form-urlencoded and has the standard's methods.
const p = new URLSearchParams('?a=1&&b=%zz&c=%41+x&=&d&a=3');
console.log(p.toString(), p.size, p.get('a'), p.getAll('a'), p.get('zz'), p.has('a', '3'), p.has('a', '9'));
p.set('a', 'new');
p.delete('b');
p.append('e', 'é & =');
p.delete('c', 'nope');
console.log(p.toString());
p.sort();
console.log([...p], [...p.keys()], [...p.values()]);
p.forEach(function (value, key, obj) { console.log(key, value, obj === p, this.tag); }, { tag: 'T' });
console.log(new URLSearchParams([['x', 1], ['y', 2]]).toString(), new URLSearchParams({ k: "!'()*~-._ +", 'é': '\ud800' }).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString(), new URLSearchParams(null).toString(), new URLSearchParams(12).toString());
for (const bad of [() => new URLSearchParams([['a']]), () => new URLSearchParams({ [Symbol.iterator]: 5 }), () => p.append('only'), () => p.get(), () => p.forEach(1)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const q = new URLSearchParams('z=1&a=2&\uFFFD=3&\u{1F600}=4&a=0');
q.sort();
console.log(q.toString());
