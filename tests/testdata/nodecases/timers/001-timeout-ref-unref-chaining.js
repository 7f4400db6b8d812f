// Timeout#ref/unref/refresh return the same Timeout so they chain; hasRef reflects the current state; an unref'd-then-ref'd timeout still fires.
const t = setTimeout(function () { console.log('fired', this === t, t.hasRef()); }, 10);
console.log(typeof t, t.constructor.name, t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
console.log(t.refresh() === t, t.hasRef());
console.log(t.unref().refresh().hasRef());
console.log(t.ref().unref().ref().hasRef());
