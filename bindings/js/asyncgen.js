'use strict';
// Async generators and for await for code that esbuild lowered to ES2017 (goja has
// neither). esbuild turns an `async function*` body into a sync generator run by
// __asyncGenerator, where `await x` is `yield new __await(x)`, `yield* x` is
// `yield* __yieldStar(x)`, and `for await (... of x)` iterates __forAwait(x). These
// replace esbuild's helpers with the ECMAScript algorithms (AsyncGeneratorStart,
// Enqueue, Resume, Yield, DrainQueue, AwaitReturn, async yield*, and
// CreateAsyncFromSyncIterator), with V8's job counts: Await is one job for a native
// promise and two for a thenable, and as in Node 20 the async-from-sync iterator
// neither closes on a rejected value nor turns a missing throw() into a TypeError.

const P = Promise;
const promiseResolve = P.resolve, promiseThen = P.prototype.then;
const { apply } = Reflect;
const { next: genNext, throw: genThrow, return: genReturn } = Object.getPrototypeOf(function* () {}).prototype;
const asyncIter = Symbol.asyncIterator, syncIter = Symbol.iterator, tag = Symbol.toStringTag;

// Await(v): exactly one PerformPromiseThen on PromiseResolve(%Promise%, v).
function wait(v, ok, fail) {
  let p;
  try {
    p = promiseResolve.call(P, v);
  } catch (e) {
    return fail(e);
  }
  promiseThen.call(p, ok, fail);
}

const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
const describe = (v) => (typeof v === 'symbol' ? v.toString() : String(v));
const resultCheck = (r) => {
  if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r)} is not an object`);
  return r;
};

// The body talks to the driver through a marker it yields: `new __await(x)` returns
// MARK (an object, so `new` keeps it) after noting x and what to do with it, and the
// yield* delegate below returns STEP, which the sync yield* hands out unchanged.
const MARK = {}, STEP = { done: false, value: MARK };
const AWAIT = 0, AWAIT_RETURN = 1, YIELD_RAW = 2;
let held, mode = AWAIT;
function __await(value) {
  held = value;
  mode = AWAIT;
  return MARK;
}
function hold(value, m) {
  held = value;
  mode = m;
  return STEP;
}

// Generator states and request kinds.
const START = 0, YIELD = 1, EXEC = 2, DRAIN = 3, DONE = 4;
const NEXT = 0, THROW = 1, RETURN = 2;
const records = new WeakMap();
const NONE = {};
let current = null; // the record whose body is running
let intercepted = false; // a yield* delegate took the return() resumption

function __asyncGenerator(self, args, body) {
  const gen = Object.create(AsyncGeneratorPrototype);
  const rec = { gen: apply(body, self, args || []), state: START, queue: [], rv: NONE };
  // The continuations of the body's awaits and yields, made once per generator.
  rec.next = (v) => resume(rec, genNext, v);
  rec.throw = (e) => resume(rec, genThrow, e);
  rec.return = (v) => resume(rec, genReturn, v);
  rec.yield = (v) => yieldValue(rec, v);
  records.set(gen, rec);
  return gen;
}

// Runs the body with a completion until it awaits, yields or ends.
function resume(rec, fn, arg) {
  rec.state = EXEC;
  // goja loses the script when a generator that suspended in a finally run by return()
  // is resumed with throw(); end the generator with the exception instead (exact unless
  // a catch or finally around that point in the finally block would have seen it).
  if (fn === genThrow && rec.returning) return finish(rec, true, arg);
  if (fn === genReturn) rec.rv = arg;
  const outer = current;
  current = rec;
  intercepted = false;
  let r;
  try {
    r = fn.call(rec.gen, arg);
  } catch (e) {
    current = outer;
    return finish(rec, true, e);
  }
  current = outer;
  const v = r.value;
  if (fn === genReturn && !intercepted && !r.done) rec.returning = true;
  if (r.done) {
    // `return expr` awaits expr; falling off the end or finishing a return() does not.
    if (v === undefined || v === rec.rv) return finish(rec, false, v);
    return wait(v, (x) => finish(rec, false, x), (e) => finish(rec, true, e));
  }
  if (v === MARK) {
    const x = held, m = mode;
    held = undefined;
    if (m === YIELD_RAW) return yieldValue(rec, x);
    return wait(x, m === AWAIT ? rec.next : rec.return, rec.throw);
  }
  wait(v, rec.yield, rec.throw);
}

// AsyncGeneratorCompleteStep.
function settle(rec, threw, value, done) {
  const req = rec.queue.shift();
  if (threw) req.reject(value);
  else req.resolve({ value, done });
}

// AsyncGeneratorYield: settle the oldest request, then go on with the next one if any.
function yieldValue(rec, value) {
  settle(rec, false, value, false);
  if (rec.queue.length) return resumeWith(rec, rec.queue[0]);
  rec.state = YIELD;
}

// AsyncGeneratorResume with AsyncGeneratorUnwrapYieldResumption (return awaits its value).
function resumeWith(rec, req) {
  if (req.kind === RETURN) {
    rec.state = EXEC;
    return wait(req.value, rec.return, rec.throw);
  }
  resume(rec, req.kind === NEXT ? genNext : genThrow, req.value);
}

function finish(rec, threw, value) {
  rec.state = DRAIN;
  settle(rec, threw, value, true);
  drain(rec);
}

// AsyncGeneratorDrainQueue with AsyncGeneratorAwaitReturn.
function drain(rec) {
  const q = rec.queue;
  while (q.length) {
    const req = q[0];
    if (req.kind === RETURN) {
      const done = (threw) => (v) => {
        settle(rec, threw, v, true);
        drain(rec);
      };
      return wait(req.value, done(false), done(true));
    }
    settle(rec, req.kind === THROW, req.kind === THROW ? req.value : undefined, true);
  }
  rec.state = DONE;
}

function enqueue(self, kind, value, name) {
  let resolve, reject;
  const promise = new P((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const rec = isObject(self) ? records.get(self) : undefined;
  if (rec === undefined) {
    const who = isObject(self) ? `#<${(self.constructor && self.constructor.name) || 'Object'}>` : describe(self);
    reject(new TypeError(`Method [AsyncGenerator].prototype.${name} called on incompatible receiver ${who}`));
    return promise;
  }
  let state = rec.state;
  if (kind === THROW && state === START) rec.state = state = DONE;
  if (state === DONE && kind !== RETURN) {
    if (kind === THROW) reject(value);
    else resolve({ value: undefined, done: true });
    return promise;
  }
  const req = { kind, value, resolve, reject };
  rec.queue.push(req);
  if (kind === RETURN && (state === START || state === DONE)) {
    rec.state = DRAIN;
    drain(rec);
  } else if (state === START || state === YIELD) {
    resumeWith(rec, req);
  }
  return promise;
}

// Built-in methods are non-enumerable; data (constant) is read-only too.
function define(target, props, constant) {
  for (const key of Reflect.ownKeys(props)) {
    const value = props[key];
    Object.defineProperty(target, key, { value, writable: !constant || typeof value === 'function', configurable: true });
  }
  return target;
}
const AsyncIteratorPrototype = define({}, {
  [asyncIter]() {
    return this;
  },
});
const AsyncGeneratorFunctionPrototype = define(Object.create(Function.prototype), { [tag]: 'AsyncGeneratorFunction' }, true);
const AsyncGeneratorPrototype = define(Object.create(AsyncIteratorPrototype), {
  constructor: AsyncGeneratorFunctionPrototype,
  next(value) {
    return enqueue(this, NEXT, value, 'next');
  },
  return(value) {
    return enqueue(this, RETURN, value, 'return');
  },
  throw(exception) {
    return enqueue(this, THROW, exception, 'throw');
  },
  [tag]: 'AsyncGenerator',
}, true);
define(AsyncGeneratorFunctionPrototype, { prototype: AsyncGeneratorPrototype }, true);

// CreateAsyncFromSyncIterator: each step's value is awaited before it is handed on.
function fromSync(iterator, next) {
  const it = Object.create(AsyncFromSyncIteratorPrototype);
  it.i = iterator;
  it.n = next;
  return it;
}
function rejected(e) {
  return new P((_, reject) => reject(e));
}
function continuation(result) {
  try {
    const done = !!result.done;
    const wrapper = apply(promiseResolve, P, [result.value]);
    return apply(promiseThen, wrapper, [(value) => ({ value, done })]);
  } catch (e) {
    return rejected(e);
  }
}
const AsyncFromSyncIteratorPrototype = define(Object.create(AsyncIteratorPrototype), {
  next(value) {
    let result;
    try {
      result = resultCheck(apply(this.n, this.i, arguments.length ? [value] : []));
    } catch (e) {
      return rejected(e);
    }
    return continuation(result);
  },
  return(value) {
    return this.forward('return', value, arguments.length, (v) => new P((resolve) => resolve({ value: v, done: true })));
  },
  throw(value) {
    return this.forward('throw', value, arguments.length, rejected);
  },
  forward(name, value, present, missing) {
    let result;
    try {
      const method = this.i[name];
      if (method == null) return missing(value);
      result = apply(method, this.i, present ? [value] : []);
      if (!isObject(result)) throw new TypeError(`Iterator result ${describe(result)} is not an object`);
    } catch (e) {
      return rejected(e);
    }
    return continuation(result);
  },
});

function callMethod(method, obj) {
  if (typeof method !== 'function') throw new TypeError(`${typeof method} ${describe(method)} is not a function`);
  return apply(method, obj, []);
}

// GetIterator(obj, async): the async iterator, or an async-from-sync wrapper.
function getAsyncIterator(obj, forAwait) {
  if (obj == null) throw new TypeError(`Cannot read properties of ${obj} (reading 'Symbol(Symbol.asyncIterator)')`);
  const method = obj[asyncIter];
  if (method == null) {
    const sync = obj[syncIter];
    if (sync == null) {
      throw new TypeError(forAwait ? `${isObject(obj) ? 'object' : describe(obj)} is not async iterable` : `${sync} is not a function`);
    }
    const iterator = callMethod(sync, obj);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return fromSync(iterator, iterator.next);
  }
  const iterator = callMethod(method, obj);
  if (!isObject(iterator)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  return iterator;
}

function __forAwait(obj) {
  return getAsyncIterator(obj, true);
}

// yield* in an async generator. The body's sync yield* drives this delegate: each
// call on the inner iterator is awaited through the driver (STEP with AWAIT or
// AWAIT_RETURN), then the driver resumes the body, which calls back here with the
// settled result, or throws it out of the yield* if the await rejected. Inner
// values are yielded without a further await (YIELD_RAW).
const IDLE = 0, AFTER_NEXT = 1, AFTER_RETURN = 2, CLOSING = 3, RETURNING = 4;
function __yieldStar(value) {
  const rec = current;
  const iterator = getAsyncIterator(value, false);
  const nextMethod = iterator.next;
  let stage = IDLE;
  const pend = (r, s) => {
    stage = s;
    return hold(r, s === AFTER_NEXT || s === CLOSING ? AWAIT : AWAIT_RETURN);
  };
  const step = (r, returning) => {
    stage = IDLE;
    resultCheck(r);
    if (r.done) {
      const v = r.value;
      if (returning) rec.rv = v;
      return { done: true, value: v };
    }
    return hold(r.value, YIELD_RAW);
  };
  const forwardReturn = (v) => {
    if (stage === AFTER_RETURN) return step(v, true);
    if (stage === RETURNING) {
      stage = IDLE;
      rec.rv = v;
      return { done: true, value: v };
    }
    const method = iterator.return;
    if (method == null) return pend(v, RETURNING);
    return pend(apply(method, iterator, [v]), AFTER_RETURN);
  };
  return {
    [syncIter]() {
      return this;
    },
    next(v) {
      if (stage === AFTER_NEXT) return step(v, false);
      if (stage === CLOSING) {
        stage = IDLE;
        resultCheck(v);
        throw new TypeError("The iterator does not provide a 'throw' method.");
      }
      return pend(apply(nextMethod, iterator, [v]), AFTER_NEXT);
    },
    throw(e) {
      if (stage !== IDLE) {
        stage = IDLE;
        throw e;
      }
      const method = iterator.throw;
      if (method != null) return pend(apply(method, iterator, [e]), AFTER_NEXT);
      const close = iterator.return;
      if (close == null) throw new TypeError("The iterator does not provide a 'throw' method.");
      return pend(apply(close, iterator, []), CLOSING);
    },
    return(v) {
      const r = forwardReturn(v);
      if (r === STEP) intercepted = true;
      return r;
    },
  };
}

module.exports = { __await, __asyncGenerator, __yieldStar, __forAwait };
