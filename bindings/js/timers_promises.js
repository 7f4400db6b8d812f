'use strict';
// Node v20 'timers/promises', built on the callback timers so that it shares their queues.

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
  validateNumber, validateObject, validateBoolean, validateAbortSignal, kResistStopPropagation,
} = require('internal/errors');
const timers = require('timers');

const kEmpty = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');
const resistFlags = { __proto__: null, [kResistStopPropagation]: true };
const onceResistFlags = { __proto__: null, once: true, [kResistStopPropagation]: true };

function validateOptions(options) {
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
}

const abortError = (signal) => new AbortError(undefined, { cause: signal?.reason });

// Shared body of setTimeout/setImmediate: start(resolve) creates the timer.
function schedule(options, start, clear) {
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    let fired = false;
    const timer = start((v) => {
      fired = true;
      resolve(v);
    });
    if (!ref) timer.unref();
    if (signal) {
      oncancel = () => {
        if (fired) return;
        clear(timer);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, resistFlags);
    }
  });
  if (oncancel === undefined) return ret;
  // Same promise chain shape as Node's SafePromisePrototypeFinally.
  return new Promise((a, b) => new Promise((a2, b2) => ret.then(a2, b2))
    .finally(() => signal.removeEventListener('abort', oncancel)).then(a, b));
}

function setTimeout(after, value, options = kEmpty) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return schedule(options, (cb) => timers.setTimeout(cb, after, value), timers.clearTimeout);
}

function setImmediate(value, options = kEmpty) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return schedule(options, (cb) => timers.setImmediate(cb, value), timers.clearImmediate);
}

// setInterval is an async generator in Node; this hand-written iterator keeps its
// semantics: the body starts on the first next(), requests queue while it runs,
// ticks nobody awaited are counted and delivered, return()/throw() run the cleanup.
function setInterval(after, value, options = kEmpty) {
  const START = 0, RUNNING = 1, YIELDED = 2, DONE = 3;
  let state = START;
  const queue = [];
  let signal, interval, onCancel, wake;
  let notYielded = 0;

  function settle(ok, v) {
    const req = queue.shift();
    if (ok) req.resolve(v);
    else req.reject(v);
    if (queue.length > 0) resume();
  }

  function complete(ok, v) {
    state = DONE;
    settle(ok, ok ? { value: v, done: true } : v);
  }

  function cleanup() {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }

  function fail(err) {
    cleanup();
    complete(false, err);
  }

  function awaitReturn(v, withCleanup) {
    state = RUNNING;
    Promise.resolve(v).then((r) => {
      if (withCleanup) cleanup();
      complete(true, r);
    }, (e) => {
      if (withCleanup) cleanup();
      complete(false, e);
    });
  }

  function body() {
    try {
      if (after !== undefined) validateNumber(after, 'delay');
      validateOptions(options);
    } catch (err) {
      return complete(false, err);
    }
    signal = options.signal;
    if (signal?.aborted) return complete(false, abortError(signal));
    interval = timers.setInterval(() => {
      notYielded++;
      if (wake) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, after);
    if (options.ref === false) interval.unref();
    if (signal) {
      onCancel = () => {
        timers.clearInterval(interval);
        if (wake) {
          const w = wake;
          wake = undefined;
          w(Promise.reject(abortError(signal)));
        }
      };
      signal.addEventListener('abort', onCancel, onceResistFlags);
    }
    loop();
  }

  function loop() {
    if (signal?.aborted) return fail(abortError(signal));
    if (notYielded === 0) {
      new Promise((resolve) => { wake = resolve; }).then(yieldValue, fail);
    } else {
      yieldValue();
    }
  }

  function yieldValue() {
    Promise.resolve(value).then((v) => {
      state = YIELDED;
      settle(true, { value: v, done: false });
    }, fail);
  }

  function resume() {
    const { kind, arg } = queue[0];
    if (state === RUNNING) return;
    if (state === START) {
      if (kind === 'next') {
        state = RUNNING;
        body();
      } else if (kind === 'return') {
        awaitReturn(arg, false);
      } else {
        complete(false, arg);
      }
    } else if (state === YIELDED) {
      state = RUNNING;
      if (kind === 'next') {
        if (--notYielded > 0) yieldValue();
        else loop();
      } else if (kind === 'return') {
        awaitReturn(arg, true);
      } else {
        fail(arg);
      }
    } else if (kind === 'next') {
      settle(true, { value: undefined, done: true });
    } else if (kind === 'return') {
      awaitReturn(arg, false);
    } else {
      settle(false, arg);
    }
  }

  const request = (kind, arg) => new Promise((resolve, reject) => {
    queue.push({ kind, arg, resolve, reject });
    if (queue.length === 1) resume();
  });

  return {
    next: (v) => request('next', v),
    return: (v) => request('return', v),
    throw: (e) => request('throw', e),
    [Symbol.asyncIterator]() { return this; },
    [Symbol.toStringTag]: 'AsyncGenerator',
  };
}

class Scheduler {
  constructor() {
    throw ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
