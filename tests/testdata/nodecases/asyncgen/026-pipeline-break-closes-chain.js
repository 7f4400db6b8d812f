// Breaking out of a for await over a chain of async generators closes every stage in order: each stage sees return() at its own for await, runs its finally, and awaits the source closing first.
const log = (s) => console.log(s);
async function* src() { try { for (let i = 0; ; i++) yield i; } finally { log('src finally'); await null; log('src closed'); } }
async function* map(it, f) { try { for await (const v of it) yield f(v); } finally { log('map finally'); } }
async function* take(it, n) { if (n <= 0) return; for await (const v of it) { yield v; if (--n <= 0) return; } }
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 30) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  for await (const v of map(src(), (x) => x * 2)) { log('got ' + v); if (v >= 4) break; }
  log('loop 1 done');
  const out = [];
  for await (const v of take(map(src(), (x) => x + 1), 3)) out.push(v);
  log(out.join(','));
})();
