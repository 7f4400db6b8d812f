// Circular references print as [Circular *1] with a <ref *1> marker on the referenced object.
const a = { name: 'a' };
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);
const parent = { kids: [] };
parent.kids.push({ parent });
console.log(parent);
const m = new Map();
m.set('me', m);
console.log(m);
