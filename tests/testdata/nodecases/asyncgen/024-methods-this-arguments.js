// Async generator functions, methods and expressions see their this and arguments; default parameters are evaluated at the call, so errors in them throw synchronously.
const log = (...a) => console.log(...a);
class Store {
  constructor() { this.items = ['x', 'y']; }
  async *[Symbol.asyncIterator]() { yield* this.items; }
  static async *range(a, b = a + 2) { for (let k = a; k < b; k++) yield k; }
}
const obj = {
  label: 'obj',
  async *gen() { yield this.label; yield arguments.length; },
};
const expr = async function* (...rest) { yield rest.join('+'); };
async function* badDefault(x = missing) { yield x; }
(async () => {
  const out = [];
  for await (const v of new Store()) out.push(v);
  for await (const v of Store.range(3)) out.push(v);
  for await (const v of obj.gen(1, 2, 3)) out.push(v);
  for await (const v of expr(1, 2)) out.push(v);
  log(out);
  try {
    badDefault();
    log('not reached');
  } catch (e) {
    log('sync throw', e.constructor.name);
  }
  const it = obj.gen.call({ label: 'other' });
  log(await it.next(), await it.next(), await it.next());
})();
