// for await inside an async generator awaits each step, closes the source on break or throw (awaiting its finally), and iterates sync iterables of promises, in the same job order as Node.
const log = (s) => console.log(s);
async function* src() { try { yield 1; yield 2; yield 3; } finally { log('src finally'); await null; log('src finally 2'); } }
async function* mid() {
  for await (const v of src()) { yield v * 10; if (v === 2) break; }
  for await (const v of [Promise.resolve('a'), 'b']) yield v;
  try { for await (const v of src()) throw new Error('inside'); } catch (e) { log('caught ' + e.message); }
}
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 40) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => { for await (const v of mid()) log('got ' + v); log('end'); })();
