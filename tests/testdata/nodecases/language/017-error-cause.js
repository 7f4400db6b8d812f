// The cause option becomes an own non-enumerable property only when present (even if undefined); other error types support it too.
const e = new Error('outer', { cause: 'inner' });
console.log(e.cause, Object.keys(e).length, JSON.stringify(Object.getOwnPropertyDescriptor(e, 'cause')));
console.log('cause' in new Error('x'), 'cause' in new Error('x', {}), 'cause' in new Error('x', { cause: undefined }));
console.log('cause' in new Error('x', 'not an object'), new Error('x', null).message);
const root = new TypeError('root');
const wrapped = new RangeError('wrapped', { cause: root });
console.log(wrapped.cause === root, wrapped.cause.message, wrapped.name);
const agg = new AggregateError([], 'agg', { cause: 42 });
console.log(agg.cause);
const getterOpts = { get cause() { console.log('getter read'); return 'lazy'; } };
console.log(new Error('g', getterOpts).cause);
class MyError extends Error {
  constructor(m, opts) { super(m, opts); this.name = 'MyError'; }
}
const m = new MyError('custom', { cause: e });
console.log(m.name, m.message, m.cause.message, m instanceof Error, String(m));
