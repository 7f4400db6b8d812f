// Private fields, methods, accessors and static privates work inside async methods and async generator methods; #x in obj brand checks work.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  get #doubled() { return this.#count * 2; }
  async #tick(by) { await null; this.#count += by; return this.#count; }
  async run() {
    await this.#tick(1);
    await this.#tick(2);
    return [this.#count, this.#doubled];
  }
  async *steps(n) {
    for (let i = 0; i < n; i++) yield await this.#tick(10);
  }
  static has(o) { return #count in o; }
  static get instances() { return Counter.#instances; }
}
(async () => {
  const c = new Counter();
  console.log(await c.run());
  const seen = [];
  for await (const v of c.steps(3)) seen.push(v);
  console.log(seen);
  new Counter();
  console.log(Counter.has(c), Counter.has({}), Counter.instances);
  let pending;
  try {
    pending = Counter.prototype.run.call({});
    console.log('no sync throw', pending instanceof Promise);
  } catch (e) {
    console.log('sync throw', e.name);
  }
  await pending.catch((e) => console.log('rejected', e.name));
})();
