package bindings

import "github.com/dop251/goja"

// promiseAnySource is Promise.any as the spec writes it (ES2021 27.2.4.3), in JS so that
// the rejection is an AggregateError with V8's message, "All promises were rejected";
// goja's own leaves the message empty. Every step is the same synchronous call the
// native one makes (C.resolve, then), so the job order is unchanged. It is a method,
// so that, like the built-in, it is not a constructor.
const promiseAnySource = `({ any(iterable) {
  const C = this;
  if (C === null || (typeof C !== 'object' && typeof C !== 'function')) {
    throw new TypeError('Promise.any called on non-object');
  }
  let resolve, reject;
  const promise = new C((res, rej) => { resolve = res; reject = rej; });
  try {
    const promiseResolve = C.resolve;
    if (typeof promiseResolve !== 'function') throw new TypeError('Promise resolve is not a function');
    const errors = [];
    let remaining = 1;
    let index = 0;
    for (const next of iterable) {
      const i = index++;
      errors.push(undefined);
      const nextPromise = promiseResolve.call(C, next);
      let called = false;
      remaining++;
      nextPromise.then(resolve, (e) => {
        if (called) return;
        called = true;
        errors[i] = e;
        if (--remaining === 0) reject(new AggregateError(errors, 'All promises were rejected'));
      });
    }
    if (--remaining === 0) reject(new AggregateError(errors, 'All promises were rejected'));
  } catch (e) {
    reject(e);
  }
  return promise;
} }).any`

// installPromiseAny replaces Promise.any with promiseAnySource, compiled on first use.
func (h *Host) installPromiseAny() {
	rt := h.rt
	promiseCtor := rt.Get("Promise").ToObject(rt)
	var impl goja.Callable
	stub := h.function("any", 1, func(c goja.FunctionCall) goja.Value {
		if impl == nil {
			v, err := rt.RunScript("node:internal/promise_any", promiseAnySource)
			if err != nil {
				panic(err)
			}
			impl, _ = goja.AssertFunction(v)
			_ = promiseCtor.DefineDataProperty("any", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		res, err := impl(c.This, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return res
	})
	_ = promiseCtor.DefineDataProperty("any", stub, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
