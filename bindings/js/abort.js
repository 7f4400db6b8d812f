'use strict';
// Event, CustomEvent, EventTarget, DOMException, AbortController, AbortSignal
// following Node v20's internal/event_target and internal/abort_controller.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_EVENT_RECURSION,
  },
  validateObject, validateAbortSignal, validateUint32,
  kEvents, kResistStopPropagation, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
} = require('internal/errors');

const timerSetTimeout = require('timers').setTimeout;
const nextTick = process.nextTick;
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kTrustEvent = Symbol('kTrustEvent');
const kHandlers = Symbol('kHandlers');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSources = Symbol('kSourceSignals');
const kDependants = Symbol('kDependantSignals');
const kEmpty = Object.freeze({ __proto__: null });
// performance.now() (read only when needed: reading a clock while the module loads would
// count as the script's first look at a virtual clock).
const now = () => (typeof performance === 'object' && performance?.now ? performance.now() : Date.now());

let utilInspect;
function subInspect(obj, depth, options, inspect) {
  inspect ??= utilInspect ??= require('util').inspect;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
  });
  return inspect(obj, opts);
}

function enumerable(C, names) {
  for (const n of names) Object.defineProperty(C.prototype, n, { enumerable: true });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

let isEvent, setDispatching, isDispatching, isStopped;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #propagationStopped = false;
  #stop = false;
  #target = null;
  #dispatching = false;
  #trusted = false;

  static {
    isEvent = (o) => o !== null && typeof o === 'object' && #type in o;
    setDispatching = (e, target, flag) => {
      if (target !== undefined) e.#target = target;
      e.#dispatching = flag;
    };
    isDispatching = (e) => e.#dispatching;
    isStopped = (e) => e.#stop;
  }

  static #v(o) {
    if (!isEvent(o)) throw ERR_INVALID_THIS('Event');
    return o;
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#type = `${type}`;
    if (options?.[kTrustEvent]) this.#trusted = true;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    if (Event.#v(this).#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options, inspect) {
    const name = Event.#v(this).constructor.name;
    if (depth < 0) return name;
    return `${name} ${subInspect({
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options, inspect)}`;
  }

  stopImmediatePropagation() {
    this.stopPropagation();
    Event.#v(this).#stop = true;
  }

  preventDefault() { Event.#v(this).#defaultPrevented = true; }
  get target() { return Event.#v(this).#target; }
  get currentTarget() { return Event.#v(this).#dispatching ? this.#target : null; }
  get srcElement() { return Event.#v(this).#target; }
  get type() { return Event.#v(this).#type; }
  get cancelable() { return Event.#v(this).#cancelable; }
  get defaultPrevented() { return Event.#v(this).#cancelable && this.#defaultPrevented; }
  get timeStamp() { return Event.#v(this).#timeStamp; }
  composedPath() { return Event.#v(this).#dispatching ? [this.#target] : []; }
  get returnValue() { return !Event.#v(this).#cancelable || !this.#defaultPrevented; }
  get bubbles() { return Event.#v(this).#bubbles; }
  get composed() { return Event.#v(this).#composed; }
  get eventPhase() { return Event.#v(this).#dispatching ? 2 : 0; }
  get cancelBubble() { return Event.#v(this).#propagationStopped; }
  set cancelBubble(value) { if (Event.#v(this) && value) this.#propagationStopped = true; }
  stopPropagation() { Event.#v(this).#propagationStopped = true; }
  get isTrusted() { return isEvent(this) && this.#trusted; }
}
enumerable(Event, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue',
  'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted']);
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
for (const [k, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, k, { value, enumerable: true });
}

class CustomEvent extends Event {
  #detail;
  constructor(type, options = kEmpty) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(this !== null && typeof this === 'object' && #detail in this)) throw ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
enumerable(CustomEvent, ['detail']);

// Listeners of one type form a linked list headed by a root record
// { size, next, resist }; like Node, iteration follows `next` pointers live.
function removeHandler(h) {
  if (h.previous !== undefined) h.previous.next = h.next;
  if (h.next !== undefined) h.next.previous = h.previous;
  h.removed = true;
}

function emitUncaught(err) {
  nextTick(() => { throw err; });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') then.call(promise, undefined, emitUncaught);
}

function checkListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up lazily
  throw ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function checkThis(self) {
  if (self?.[kEvents] === undefined) throw ERR_INVALID_THIS('EventTarget');
}

function targetName(t) {
  const n = t.constructor?.name;
  return t instanceof AbortSignal ? `[${n}]` : n;
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    this[kEvents] = new Map();
  }

  // The methods take (...args) rather than read arguments.length: goja makes an arguments
  // object (some fifteen allocations) on every call of a function that mentions it.
  addEventListener(...args) {
    checkThis(this);
    if (args.length < 2) throw ERR_MISSING_ARGS('type', 'listener');
    let type = args[0];
    const listener = args[1];
    let options = args.length > 2 && args[2] !== undefined ? args[2] : kEmpty;
    let once = false, capture = false, passive = false, resist = false;
    if (options !== kEmpty) {
      let signal;
      if (typeof options === 'boolean') {
        options = { capture: options };
        capture = options.capture;
      } else if (options !== null) {
        validateObject(options, 'options', 6);
        options = {
          once: Boolean(options.once),
          capture: Boolean(options.capture),
          passive: Boolean(options.passive),
          signal: options.signal,
          resist: options[kResistStopPropagation] ?? false,
        };
        ({ once, capture, passive, signal, resist } = options);
      }
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kResistStopPropagation]: true });
      }
    }

    if (!checkListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    const events = this[kEvents];
    let root = events.get(type);
    let prev;
    if (root === undefined) {
      root = { size: 0, next: undefined, resist: false };
      events.set(type, root);
      prev = root;
    } else {
      prev = root;
      for (let h = root.next; h !== undefined; h = h.next) {
        if (h.listener === listener && h.capture === capture) return; // duplicate
        prev = h;
      }
    }
    const h = {
      next: undefined, previous: prev, listener, once, capture, passive, removed: false,
      resist: Boolean(resist),
      callback: typeof listener === 'function' ? listener : async function (...args) {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      },
    };
    prev.next = h;
    root.size++;
    root.resist ||= h.resist;
    newListener(this, root.size, type);
  }

  removeEventListener(...args) {
    checkThis(this);
    if (args.length < 2) throw ERR_MISSING_ARGS('type', 'listener');
    let type = args[0];
    const listener = args[1], options = args[2];
    if (!checkListener(listener)) return;
    type = `${type}`;
    const capture = options?.capture === true;
    const events = this[kEvents];
    const root = events.get(type);
    if (root === undefined) return;
    for (let h = root.next; h !== undefined; h = h.next) {
      if (h.listener === listener && h.capture === capture) {
        removeHandler(h);
        if (--root.size === 0) events.delete(type);
        return;
      }
    }
  }

  dispatchEvent(...args) {
    checkThis(this);
    if (args.length < 1) throw ERR_MISSING_ARGS('event');
    const event = args[0];
    if (!(event instanceof Event)) throw ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (isDispatching(event)) throw ERR_EVENT_RECURSION(event.type);
    setDispatching(event, this, true);
    const root = this[kEvents].get(event.type);
    let h = root?.next;
    while (h !== undefined && (root.resist || h.passive || !isStopped(event))) {
      const next = h.next; // cached: the listener may remove itself
      if (h.removed || (isStopped(event) && !h.resist)) {
        h = next;
        continue;
      }
      if (h.once) {
        removeHandler(h);
        root.size--;
      }
      try {
        const result = h.callback.call(this, event);
        // Node clears the dispatch flag after the first listener returns.
        setDispatching(event, undefined, false);
        if (result != null) addCatch(result);
      } catch (err) {
        emitUncaught(err);
      }
      h = next;
    }
    setDispatching(event, undefined, false);
    return event.defaultPrevented !== true;
  }

  [kInspect](depth, options, inspect) {
    checkThis(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${subInspect({}, depth, options, inspect)}`;
  }
}
enumerable(EventTarget, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
for (const [n, len] of [['addEventListener', 2], ['removeEventListener', 2], ['dispatchEvent', 1]]) {
  Object.defineProperty(EventTarget.prototype[n], 'length', { value: len, configurable: true });
}

let events;
function newListener(target, size, type) {
  if (size < 2 || target[kMaxEventTargetListenersWarned]) return;
  const max = target[kMaxEventTargetListeners] ?? (events ??= require('events')).defaultMaxListeners;
  if (max > 0 && size > max) {
    target[kMaxEventTargetListenersWarned] = true;
    const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
      `${targetName(target)}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.target = target;
    w.type = type;
    w.count = size;
    process.emitWarning(w);
  }
}

// An event handler attribute (onabort) keeps the position of its first assignment.
function defineEventHandler(proto, type) {
  Object.defineProperty(proto, `on${type}`, {
    get() {
      if (this?.[kEvents] === undefined) throw ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set(value) {
      if (this?.[kEvents] === undefined) throw ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
      let wrapped = this[kHandlers]?.get(type);
      if (wrapped) {
        const root = this[kEvents].get(type);
        if (typeof wrapped.handler === 'function' && root) root.size--;
        wrapped.handler = value;
        if (typeof value === 'function' && root) newListener(this, ++root.size, type);
      } else {
        wrapped = function eventHandler(...args) {
          if (typeof wrapped.handler !== 'function') return;
          return Reflect.apply(wrapped.handler, this, args);
        };
        wrapped.handler = value;
        this.addEventListener(type, wrapped);
      }
      (this[kHandlers] ??= new Map()).set(type, wrapped);
    },
    configurable: true,
    enumerable: true,
  });
}

const domInternals = new WeakMap();
const domCodes = { __proto__: null };

function domGet(self) {
  const i = domInternals.get(self);
  if (i === undefined) throw ERR_INVALID_THIS('DOMException');
  return i;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // A real Error object gives a native stack; name/message come from the getters.
    const self = Reflect.construct(Error, [], new.target);
    message = `${message}`;
    if (options && typeof options === 'object') {
      domInternals.set(self, { message, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', { value: options.cause, configurable: true, writable: true });
      }
    } else {
      domInternals.set(self, { message, name: `${options}` });
    }
    return self;
  }

  get name() { return domGet(this).name; }
  get message() { return domGet(this).message; }
  get code() { return domCodes[domGet(this).name] ?? 0; }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
enumerable(DOMException, ['name', 'message', 'code']);
[
  'IndexSizeError:INDEX_SIZE_ERR', 'DOMStringSizeError:DOMSTRING_SIZE_ERR',
  'HierarchyRequestError:HIERARCHY_REQUEST_ERR', 'WrongDocumentError:WRONG_DOCUMENT_ERR',
  'InvalidCharacterError:INVALID_CHARACTER_ERR', 'NoDataAllowedError:NO_DATA_ALLOWED_ERR',
  'NoModificationAllowedError:NO_MODIFICATION_ALLOWED_ERR', 'NotFoundError:NOT_FOUND_ERR',
  'NotSupportedError:NOT_SUPPORTED_ERR', 'InUseAttributeError:INUSE_ATTRIBUTE_ERR',
  'InvalidStateError:INVALID_STATE_ERR', 'SyntaxError:SYNTAX_ERR',
  'InvalidModificationError:INVALID_MODIFICATION_ERR', 'NamespaceError:NAMESPACE_ERR',
  'InvalidAccessError:INVALID_ACCESS_ERR', 'ValidationError:VALIDATION_ERR',
  'TypeMismatchError:TYPE_MISMATCH_ERR', 'SecurityError:SECURITY_ERR', 'NetworkError:NETWORK_ERR',
  'AbortError:ABORT_ERR', 'URLMismatchError:URL_MISMATCH_ERR', 'QuotaExceededError:QUOTA_EXCEEDED_ERR',
  'TimeoutError:TIMEOUT_ERR', 'InvalidNodeTypeError:INVALID_NODE_TYPE_ERR', 'DataCloneError:DATA_CLONE_ERR',
].forEach((entry, i) => {
  const [name, codeName] = entry.split(':');
  const desc = { enumerable: true, value: i + 1 };
  Object.defineProperty(DOMException, codeName, desc);
  Object.defineProperty(DOMException.prototype, codeName, desc);
  domCodes[name] = i + 1;
});

function checkSignal(self) {
  if (self?.[kAborted] === undefined) throw ERR_INVALID_THIS('AbortSignal');
  return self;
}

function createSignal(aborted = false, reason = undefined, composite = false) {
  const signal = Reflect.construct(EventTarget, [], AbortSignal);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  // No weak references in goja: drop this signal from its sources so they do not keep it alive.
  signal[kSources]?.forEach((s) => s[kDependants]?.delete(signal));
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  signal[kDependants]?.forEach((s) => abortSignal(s, reason));
}

const defaultReason = () => new DOMException('This operation was aborted', 'AbortError');

class AbortSignal extends EventTarget {
  constructor() {
    throw ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() { return !!checkSignal(this)[kAborted]; }
  get reason() { return checkSignal(this)[kReason]; }

  throwIfAborted() {
    if (checkSignal(this)[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${subInspect({ aborted: this.aborted }, depth, options, inspect)}`;
  }

  static abort(reason = defaultReason()) {
    return createSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    const t = timerSetTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    t?.unref?.();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (signals[i] == null) throw ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      validateAbortSignal(signals[i], `signals[${i}]`);
    }
    const result = createSignal(false, undefined, true);
    if (!signals.length) return result;
    const sources = result[kSources] = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      signal[kDependants] ??= new Set();
      if (!signal[kComposite]) {
        sources.add(signal);
        signal[kDependants].add(result);
      } else if (signal[kSources]) {
        for (const src of signal[kSources]) {
          if (sources.has(src)) continue;
          sources.add(src);
          src[kDependants].add(result);
        }
      }
    }
    return result;
  }
}
enumerable(AbortSignal, ['aborted']);
defineEventHandler(AbortSignal.prototype, 'abort');

class AbortController {
  #signal;

  get signal() {
    return this.#signal ??= createSignal();
  }

  abort(reason = defaultReason()) {
    abortSignal(this.#signal ??= createSignal(), reason);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${subInspect({ signal: this.signal }, depth, options, inspect)}`;
  }
}
enumerable(AbortController, ['signal', 'abort']);

module.exports = { Event, CustomEvent, EventTarget, DOMException, AbortController, AbortSignal };
