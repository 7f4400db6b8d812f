// structuredClone throws a DataCloneError DOMException for functions, symbols, promises, weak collections and proxies, and clones Error objects.
function attempt(label, value) {
  try {
    structuredClone(value);
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, e instanceof DOMException, e.name, e.code, e.message);
  }
}
attempt('arrow', () => {});
attempt('function', function named(a, b) { return a + b; });
attempt('method', { m() {} });
attempt('symbol', Symbol('tag'));
attempt('nested symbol', { list: [1, { s: Symbol.iterator }] });
attempt('promise', Promise.resolve(1));
attempt('weakmap', new WeakMap());
attempt('weakset', new WeakSet());
attempt('proxy', new Proxy({}, {}));
attempt('proxy array', new Proxy([], {}));
attempt('generator', (function* gen() {})());
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone({ get boom() { throw new RangeError('from getter'); } }); } catch (e) { console.log(e.name, e.message); }
const err = new TypeError('bad thing', { cause: { code: 42 } });
err.extra = 'dropped';
const copy = structuredClone(err);
console.log(copy instanceof TypeError, copy.name, copy.message, copy.cause, copy.extra, copy.stack === err.stack);
console.log(Object.getOwnPropertyNames(copy).sort());
const custom = new Error('renamed');
custom.name = 'RangeError';
console.log(structuredClone(custom) instanceof RangeError);
class MyError extends Error {}
console.log(structuredClone(new MyError('sub')).constructor.name);
