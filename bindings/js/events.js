'use strict';
// Node v20 'events': EventEmitter plus once/on/getEventListeners/etc.

const {
  AbortError, inspect,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
  validateNumber, validateInteger, validateBoolean, validateFunction, validateAbortSignal,
  kEvents, kResistStopPropagation, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
} = require('internal/errors');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const kIsEventTarget = Symbol.for('nodejs.event_target');

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  // EventEmitter.init may be replaced, as in Node; the usual one is called directly,
  // without Function.prototype.call (a native call in goja, which costs).
  const init = EventEmitter.init;
  if (init === publicInit) defaultInit(this, opts);
  else init.call(this, opts);
}
module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true });
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
});

const isEventTarget = (obj) => !!obj?.constructor?.[kIsEventTarget];

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

function defaultInit(ee, opts) {
  if (ee._events === undefined || ee._events === Object.getPrototypeOf(ee)._events) {
    ee._events = { __proto__: null };
    ee._eventsCount = 0;
    ee[kShapeMode] = false;
  } else {
    ee[kShapeMode] = true;
  }
  ee._maxListeners = ee._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    ee[kCapture] = Boolean(opts.captureRejections);
  } else {
    ee[kCapture] = EventEmitter.prototype[kCapture];
  }
}

const publicInit = function init(opts) {
  defaultInit(this, opts);
};
EventEmitter.init = publicInit;

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er; // Unhandled 'error' event
    let stringified;
    try {
      stringified = inspect(er);
    } catch {
      stringified = er;
    }
    const err = ERR_UNHANDLED_ERROR(stringified);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result != null) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result != null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function ctorName(obj) {
  if (obj === globalThis.process) return 'process';
  try {
    return obj.constructor?.name || 'Object';
  } catch {
    return 'Object';
  }
}

function _addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events; // a newListener handler may have replaced it
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const m = _getMaxListeners(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = new Error('Possible EventEmitter memory leak detected. ' +
      `${existing.length} ${String(type)} listeners added to [${ctorName(target)}]. ` +
      `MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (this.fired) return;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  if (!unwrap) return l.slice();
  return l.map((fn) => (typeof fn.listener === 'function' ? fn.listener : fn));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener == null) return l.length;
      let n = 0;
      for (const fn of l) if (fn === listener || fn.listener === listener) n++;
      return n;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function etListeners(target, type) {
  const out = [];
  for (let h = target[kEvents].get(type)?.next; h !== undefined; h = h.next) out.push(h.listener);
  return out;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return etListeners(emitterOrTarget, type);
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  const max = isEventTarget(emitterOrTarget) ? emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners : 0;
  if (max) return max;
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

const onceFlags = { __proto__: null, once: true, [kResistStopPropagation]: true };

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    agnosticAdd(emitter, name, resolver, onceFlags);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, onceFlags);
  });
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, onceFlags);
    remove = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [SymbolDispose]() { remove?.(); } };
}

const doneResult = () => ({ value: undefined, done: true });

function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const events = [];
  const waiting = [];
  const added = [];
  let paused = false;
  let error = null;
  let finished = false;

  const iterator = {
    next() {
      if (events.length) {
        const value = events.shift();
        if (paused && events.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null; // only the first next() after an error rejects
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => { waiting.push({ resolve, reject }); });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  const listen = (name, fn) => {
    agnosticAdd(emitter, name, fn);
    added.push([name, fn]);
  };
  listen(event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ?
    addAbortListener(signal, () => errorHandler(new AbortError(undefined, { cause: signal?.reason }))) : null;
  return iterator;

  function eventHandler(value) {
    if (waiting.length === 0) {
      events.push(value);
      if (!paused && events.length > highWatermark) {
        paused = true;
        emitter.pause();
      }
    } else {
      waiting.shift().resolve({ value, done: false });
    }
  }

  function errorHandler(err) {
    if (waiting.length === 0) error = err;
    else waiting.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortDisposable?.[SymbolDispose]();
    while (added.length > 0) {
      const [name, fn] = added.pop();
      agnosticRemove(emitter, name, fn);
    }
    finished = true;
    const done = doneResult();
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
}

EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.addAbortListener = addAbortListener;
